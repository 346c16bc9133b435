"""PostgreSQL's readings of the search syntax and of change notifications (pure functions)."""

from __future__ import annotations

import json

from editorberita.core.store.dialect_postgresql import NOTIFY_MAX_IDS, change_payload, ts_query


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
