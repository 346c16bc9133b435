"""What the commands share (commands/common.py): safe printing, --status and --category words,
the summary line, the schema check before a read-only open."""

from __future__ import annotations

from pathlib import Path

import pytest

from editorberita.commands.common import (
    UserError,
    category_id,
    printable,
    report,
    status,
    status_help,
    up_to_date,
)
from editorberita.core.domain import Status
from editorberita.core.store import ArticleStore


def test_printable_escapes_terminal_controls_and_bidi_overrides() -> None:
    assert printable("Judul\x1b[31m\r\x07") == "Judul\\x1b[31m\\x0d\\x07"
    assert printable("a\u202eb\u2066c") == "a\\u202eb\\u2066c"
    assert printable("Café, Rp 5.000") == "Café, Rp 5.000"


def test_status_reads_english_and_indonesian_and_names_the_choices() -> None:
    assert status("published") is status("tayang") is Status.PUBLISHED
    assert status(None) is None and status("") is None
    with pytest.raises(UserError, match="tidak dikenal"):
        status("selesai-banget")
    assert all(s.value in status_help() and s.label_id in status_help() for s in Status)


def test_category_id_finds_a_rubric_by_name_or_path(store: ArticleStore) -> None:
    kaltim = store.create_category("Seputar Kaltim")
    samarinda = store.create_category("Samarinda", kaltim.id)
    assert category_id(store, "Samarinda") == samarinda.id
    assert category_id(store, "Seputar Kaltim/Samarinda") == samarinda.id
    assert category_id(store, None) is None
    with pytest.raises(UserError, match="tidak ditemukan"):
        category_id(store, "Olahraga")


def test_report_prints_failures_on_stderr_and_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert report("Impor: 1 artikel baru.", [("a.md", "rusak\x1b")], ok=False) == 1
    out, err = capsys.readouterr()
    assert (out, err) == ("Impor: 1 artikel baru.\n", "editorberita: rusak\\x1b\n")
    assert report("Ekspor: 2 artikel.", [], ok=True) == 0


def test_up_to_date_is_false_until_the_file_has_this_schema(store: ArticleStore,
                                                            tmp_path: Path) -> None:
    assert not up_to_date(tmp_path / "belum-ada.sqlite3")
    assert up_to_date(store.db_path)
