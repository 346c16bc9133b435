"""Core's messages are codes with parameters; the command line reads the Indonesian sentence."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from editorberita.core.domain import EditorBeritaError
from editorberita.core.fileio import explain_os_error, os_error_message
from editorberita.core.messages import CATALOGUE, Message, message
from editorberita.core.wordlist import WordListError, parse_word_list


def test_an_error_made_from_a_message_keeps_the_code_and_reads_indonesian() -> None:
    with pytest.raises(WordListError) as caught:
        parse_word_list(b"\x00binary", "kata.txt")
    assert caught.value.message == message("wordlist.binary", name="kata.txt")
    assert str(caught.value).startswith("kata.txt bukan berkas teks")


def test_a_reason_inside_a_sentence_is_a_message_too() -> None:
    exc = PermissionError(errno.EACCES, "Permission denied")
    typed = os_error_message(Path("/x/kata.txt"), exc, "read")
    assert typed.code == "os.file" and isinstance(typed.params["reason"], Message)
    assert typed.params["reason"].code == "os.EACCES.read"
    assert explain_os_error(Path("/x/kata.txt"), exc, "dibaca") == (
        "Berkas /x/kata.txt tidak dapat dibaca: tidak ada izin membacanya.")


def test_an_unknown_code_is_refused_at_once() -> None:
    with pytest.raises(KeyError):
        message("no.such.code")


def test_older_errors_made_from_a_string_carry_no_code() -> None:
    assert EditorBeritaError("Artikel tidak ditemukan.").message is None


def test_every_sentence_of_the_catalogue_formats() -> None:
    for code, sentence in CATALOGUE.items():
        fields = {name: "x" for name in _fields(sentence)}
        assert Message(code, fields).text()


def _fields(sentence: str) -> set[str]:
    import string

    return {name for _, name, _, _ in string.Formatter().parse(sentence) if name}


def test_a_stored_message_comes_back_whole_and_older_text_as_it_is() -> None:
    from editorberita.core.messages import from_stored, stored

    typed = message("send.timeout", site=message("site.label_start", name="Kaltim"), seconds=30)
    assert from_stored(stored(typed)) == typed
    assert str(from_stored(stored(typed))) == "Situs Kaltim tidak menjawab dalam 30 detik; " \
                                              "artikel menunggu di kotak keluar."
    for older in ("Situs Kaltim tidak bisa dihubungi.", "{bukan json", '{"code": "tidak.ada"}',
                  ""):
        assert from_stored(older) == older
