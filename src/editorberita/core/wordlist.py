"""The desk word list as a plain-text file: one word a line, UTF-8 (import and export).

A desk shares its spelling words ("Kaltim", "Diskominfo") between databases by exporting them
to a text file and importing it elsewhere. A file that is not such a list (a photo, a document,
a file in another encoding) gets a clear message (``core.messages``) and changes nothing;
lines that are not one word are reported, the others imported. Pure Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from editorberita.core.domain import EditorBeritaError
from editorberita.core.fileio import (
    FileTooLargeError,
    atomic_write,
    os_error_message,
    read_bounded,
)
from editorberita.core.messages import Message, message
from editorberita.core.textid import format_megabytes_id

DESK_WORD_MAX = 100  # characters; the desk_words.word column is String(100)
# A word list of 200,000 words is about 2 MB; anything much larger is not a word list.
MAX_FILE_BYTES = 4 * 1024 * 1024
SNIFF_BYTES = 8192  # a NUL byte in the first 8 KiB: a binary file (photo, document)


class WordListError(EditorBeritaError):
    """A file is not a word list we can read; ``message`` says why (``core.messages``)."""


def desk_word_problem(word: str) -> Message | None:
    """Return why ``word`` cannot go on the desk word list, or None when it can."""
    shown = word if len(word) <= 60 else word[:59] + "…"  # a pasted page stays readable
    if not word or any(c.isspace() for c in word) or len(word) > DESK_WORD_MAX:
        return message("wordlist.not_one_word", word=shown, limit=DESK_WORD_MAX)
    if any(not c.isprintable() for c in word):
        return message("wordlist.control_character", word=shown)
    return None


@dataclass
class WordListFile:
    """The words read from a file, in file order without repeats, and the lines left out."""

    words: list[str] = field(default_factory=list)
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (line number, text)


def parse_word_list(data: bytes, name: str = "berkas") -> WordListFile:
    """Return the words of a word-list file's bytes; raise ``WordListError`` if it is not one.

    Empty lines and lines starting with "#" are skipped (the bundled ``redaksi.txt`` format);
    a UTF-8 byte-order mark is allowed.
    """
    if b"\x00" in data[:SNIFF_BYTES]:
        raise WordListError(message("wordlist.binary", name=name))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad_line = data[:exc.start].count(b"\n") + 1
        raise WordListError(message("wordlist.not_utf8", name=name, line=bad_line)) from exc
    result = WordListFile()
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        word = line.strip()
        if not word or word.startswith("#"):
            continue
        if desk_word_problem(word) is not None:
            result.rejected.append((number, word[:60]))
        elif word not in seen:
            seen.add(word)
            result.words.append(word)
    return result


def read_word_list_file(path: Path) -> WordListFile:
    """Read a word-list file from disk (size checked before reading)."""
    path = Path(path)
    try:
        data = read_bounded(path, MAX_FILE_BYTES)
    except FileTooLargeError as exc:
        raise WordListError(message("wordlist.too_large", name=path.name,
                                    size=format_megabytes_id(exc.size),
                                    limit=MAX_FILE_BYTES // 1_048_576)) from exc
    except OSError as exc:
        raise WordListError(os_error_message(path, exc, "read")) from exc
    return parse_word_list(data, path.name)


def word_list_bytes(words: Iterable[str]) -> bytes:
    """Return the file form of a word list: one word a line, UTF-8, ending in a newline."""
    lines = list(words)
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


def write_word_list_file(path: Path, words: Iterable[str]) -> None:
    """Write a word list atomically (the old file stays whole if writing fails)."""
    atomic_write(Path(path), word_list_bytes(words))
