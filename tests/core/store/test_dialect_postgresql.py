"""PostgreSQL's readings of the search syntax and of change notifications (pure functions)."""

from __future__ import annotations

import json
import re

from editorberita.core.store.dialect_postgresql import (
    NOTIFY_MAX_IDS,
    change_payload,
    root_query,
    ts_query,
)


def test_ts_query_ands_words_joins_phrases_and_marks_prefixes() -> None:
    assert ts_query('Banjir "posko pengungsian" pengung*') == (
        "'banjir' & ('posko' <-> 'pengungsian') & 'pengung':*")
    assert ts_query("a & !b | c:*") == "'a' & 'b' & 'c':*"
    assert ts_query("$$ -- '") is None


def test_a_change_payload_lists_ids_until_there_are_too_many() -> None:
    few = json.loads(change_payload("articles", [3, 4]))
    assert (few["what"], few["ids"]) == ("articles", [3, 4])
    many = json.loads(change_payload("articles", range(NOTIFY_MAX_IDS + 1)))
    assert many["ids"] == "many"


def test_root_query_ors_each_word_with_the_forms_of_its_root() -> None:
    text = root_query(ts_query("mengungsi 2024") or "")
    assert text is not None and text.startswith("('mengungsi' | 'ungsi' | ")
    assert "'pengungsian'" in text and text.endswith(" & '2024'")  # not a word: itself
    assert root_query(ts_query("pengung*") or "") is None  # a prefix stays a prefix
    assert root_query(ts_query('mengungsi "posko banjir"') or "") is None  # a phrase: exact
    assert root_query(ts_query("xyzzy 17") or "") is None  # nothing to expand


def test_root_query_quotes_only_letters_whatever_is_typed() -> None:
    for typed in ("mengungsi' | !x", "melaporkan:* & !(", "laporan'); DROP TABLE articles;--",
                  "pengungsian\\' <-> 'x"):
        text = root_query(ts_query(typed) or "") or ""
        for word in text.replace("(", " ").replace(")", " ").replace(" | ", " ").split(" & "):
            for quoted in word.split():
                assert re.fullmatch(r"'[^\W_]+'(:\*)?", quoted), (typed, quoted)
