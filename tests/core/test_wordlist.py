"""The desk word list: storage on a real SQLite file and the plain-text import/export format."""

from __future__ import annotations

from pathlib import Path

import pytest

from editorberita.core.domain import EditorBeritaError
from editorberita.core.store import ArticleStore, open_store
from editorberita.core.wordlist import (
    MAX_FILE_BYTES,
    WordListError,
    desk_word_problem,
    parse_word_list,
    read_word_list_file,
    write_word_list_file,
)


@pytest.fixture
def store(any_store: ArticleStore) -> ArticleStore:
    """Every test of this module runs on a desk file and on a server desk."""
    return any_store



def test_add_and_remove_many_words_in_one_go(store: ArticleStore) -> None:
    assert store.add_desk_words(["Kaltim", "Diskominfo", "Kaltim", " Pemprov "]) == [
        "Kaltim", "Diskominfo", "Pemprov"]
    assert store.add_desk_words(["Kaltim", "Samarinda"]) == ["Samarinda"]
    assert store.desk_words() == ["Diskominfo", "Kaltim", "Pemprov", "Samarinda"]
    assert store.remove_desk_words(["Pemprov", "Tidakada", "Kaltim"]) == ["Pemprov", "Kaltim"]
    assert store.desk_words() == ["Diskominfo", "Samarinda"]
    assert store.remove_desk_words([]) == []


def test_one_bad_word_adds_nothing(store: ArticleStore) -> None:
    with pytest.raises(EditorBeritaError, match="satu kata saja"):
        store.add_desk_words(["Kaltim", "dua kata"])
    assert store.desk_words() == []
    assert store.add_desk_word("Kaltim") is True
    assert store.add_desk_word("Kaltim") is False
    assert store.remove_desk_word("Kaltim") is True
    assert store.remove_desk_word("Kaltim") is False


def test_words_are_shared_by_everyone_on_the_database(db_path: Path) -> None:
    first = open_store(db_path)
    try:
        first.add_desk_words(["Sangatta", "Bontang"])
    finally:
        first.close()
    second = open_store(db_path)
    try:
        assert second.desk_words() == ["Bontang", "Sangatta"]
    finally:
        second.close()


def test_desk_word_problem_names_the_rule() -> None:
    assert desk_word_problem("Kaltim") is None
    assert desk_word_problem("kerja-kerja") is None
    assert "satu kata" in str(desk_word_problem("dua kata"))
    assert "satu kata" in str(desk_word_problem("a" * 101))
    assert "kendali" in str(desk_word_problem("ka\x07ltim"))


def test_parse_skips_comments_repeats_and_reports_bad_lines() -> None:
    data = "\ufeff# kamus redaksi\nKaltim\n\nDiskominfo\r\nKaltim\ndua kata\nPemprov\n"
    result = parse_word_list(data.encode("utf-8"))
    assert result.words == ["Kaltim", "Diskominfo", "Pemprov"]
    assert result.rejected == [(6, "dua kata")]


def test_parse_refuses_other_encodings_and_binary_files() -> None:
    with pytest.raises(WordListError, match="bukan teks UTF-8 \\(baris 2"):
        parse_word_list("Kaltim\nPeñajam\n".encode("latin-1"), "kata.txt")
    with pytest.raises(WordListError, match="bukan berkas teks"):
        parse_word_list(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "foto.png")


def test_file_round_trip_and_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "kamus.txt"
    write_word_list_file(path, ["Bontang", "Penajam", "Paser"])
    assert path.read_bytes() == b"Bontang\nPenajam\nPaser\n"
    assert read_word_list_file(path).words == ["Bontang", "Penajam", "Paser"]
    huge = tmp_path / "besar.txt"
    with huge.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(WordListError, match="terlalu besar"):
        read_word_list_file(huge)
    with pytest.raises(WordListError, match="tidak dapat dibaca"):
        read_word_list_file(tmp_path / "tidak-ada.txt")
