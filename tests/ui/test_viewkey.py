"""Sidebar view keys: one value type for views, rubrics and Uncategorised, no string protocol."""

from __future__ import annotations

import pytest

from editorberita.core.domain import ArticleFilter, Status
from editorberita.ui.viewkey import ALL, GROUP, TRASH, UNCATEGORISED, VIEWS, ViewKey


def test_each_key_stands_for_its_article_filter() -> None:
    assert ALL.article_filter() == ArticleFilter()
    assert TRASH.article_filter().trashed
    assert ViewKey.of_view("changed").article_filter().changed_since_export
    assert ViewKey.of_view("review").article_filter().status is Status.REVIEW
    assert ViewKey.of_rubric(5).article_filter().category_id == 5
    assert UNCATEGORISED.article_filter().uncategorised


def test_the_remembered_text_round_trips_and_junk_is_refused() -> None:
    keys = [*(ViewKey.of_view(v) for v in VIEWS), ViewKey.of_rubric(3), UNCATEGORISED, GROUP]
    assert [ViewKey.parse(k.text) for k in keys] == keys
    # what earlier versions stored reads back the same
    assert ViewKey.parse("view:trash") == TRASH and ViewKey.parse("cat:3") == ViewKey.of_rubric(3)
    for junk in ("", "view:nothing", "cat:", "cat:x", "rubric:3"):
        assert ViewKey.parse(junk) is None


def test_keys_compare_by_meaning_and_refuse_a_string() -> None:
    assert ViewKey.of_rubric(3) == ViewKey.of_rubric(3) != ViewKey.of_rubric(4)
    assert TRASH.is_trash and not ALL.is_trash and ViewKey.of_rubric(1).is_rubric
    assert len({ViewKey.of_view("all"), ALL}) == 1
    with pytest.raises(TypeError):
        _ = ALL == "view:all"  # the old protocol fails loudly instead of never matching
    with pytest.raises(ValueError):
        ViewKey.of_view("nothing")
