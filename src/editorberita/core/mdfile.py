"""Reading one Markdown file for import: bounded size, encodings and BOMs, binary refused, and
the YAML front matter loaded safely (no aliases, bounded depth and size, bounded fields).

Every refusal is an ``ImportFileError`` naming the file and the reason; ``core.importer``
turns what this reads into articles.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from editorberita.core.domain import EditorBeritaError
from editorberita.core.fileio import FileTooLargeError, explain_os_error, read_bounded
from editorberita.core.textid import format_megabytes_id

if TYPE_CHECKING:
    pass

logger = logging.getLogger(__name__)


MAX_FILE_BYTES = 10 * 1024 * 1024
# Front matter is a handful of fields (and a caption per picture): anything bigger, deeper or
# self-referencing is hostile. Aliases are refused outright; no front matter needs them, and
# nine nested ones turn 300 bytes into hundreds of megabytes.
MAX_FRONT_MATTER_BYTES = 1024 * 1024
MAX_FRONT_MATTER_DEPTH = 16
MAX_FIELD_CHARS = 64 * 1024
MAX_SHORT_FIELD_CHARS = 1000
SHORT_FIELDS = ("title", "subtitle", "slug", "author", "initials", "dateline", "zone", "status",
                "seo_title", "kind", "label", "editor", "editor_initials")


FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


class ImportFileError(EditorBeritaError):
    """A file cannot be imported; the message names the file and the reason."""


_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
         (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
         (b"\xff\xfe", "utf-16-le", "UTF-16"),
         (b"\xfe\xff", "utf-16-be", "UTF-16"))
# Control characters other than tab and newline (C0, DEL, C1). A few are kept as written (the
# renderer drops them from every HTML output); many mean the file is not text at all.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
BINARY_CONTROL_SHARE = 0.05


def read_markdown(path: Path) -> str:
    """Return the file's text, refusing big, empty, binary and undecodable files clearly.

    UTF-8 (with or without BOM) and UTF-16/UTF-32 with a BOM are decoded as such. A file that
    is not valid UTF-8 but is valid Windows-1252 (what older Windows editors save) is
    converted, since refusing it would only make the editor re-save it. Stray control
    characters are kept as written (exports strip them); a file full of them is binary.
    """
    try:
        data = read_bounded(path, MAX_FILE_BYTES)
    except FileTooLargeError as exc:
        raise ImportFileError(f"Berkas {path} terlalu besar ({format_megabytes_id(exc.size)}; "
                              f"batasnya {MAX_FILE_BYTES // 1048576} MB).") from exc
    except OSError as exc:
        raise ImportFileError(explain_os_error(path, exc, "dibaca")) from exc
    return decode_markdown(data, path)


def decode_markdown(data: bytes, path: Path) -> str:
    """Decode a Markdown file's bytes (see ``read_markdown``); newlines become "\\n"."""
    if not data.strip(b" \t\r\n\xef\xbb\xbf"):
        raise ImportFileError(f"Berkas {path} kosong; tidak ada yang bisa diimpor.")
    for bom, encoding, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise ImportFileError(f"Berkas {path} adalah berkas biner, bukan teks Markdown "
                                      f"(bertanda {name}, tetapi isinya bukan teks {name} yang "
                                      f"sah pada bita ke-{exc.start + 1}).") from exc
            break
    else:
        if b"\x00" in data:
            raise ImportFileError(f"Berkas {path} adalah berkas biner, bukan teks Markdown.")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                raise ImportFileError(
                    f"Berkas {path} bukan teks UTF-8 yang sah (bita ke-{exc.start + 1}) dan "
                    "juga bukan teks Windows-1252; simpan ulang sebagai UTF-8.") from exc
            logger.info("Imported %s as Windows-1252 (not valid UTF-8)", path)
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ImportFileError(f"Berkas {path} kosong; tidak ada yang bisa diimpor.")
    controls = len(_CONTROL.findall(text))
    if controls > 8 and controls > BINARY_CONTROL_SHARE * len(text):
        raise ImportFileError(f"Berkas {path} adalah berkas biner, bukan teks Markdown.")
    return text.replace("\r\n", "\n").replace("\r", "\n")


class _Refused(yaml.YAMLError):
    """Front matter the loader will not build (aliases, too deep, an impossible date)."""


class FrontMatterLoader(yaml.SafeLoader):
    """PyYAML's safe loader without aliases, with a depth bound and plain date errors."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            raise _Refused("memakai alias YAML (*nama); front matter tidak boleh memakainya")
        self._depth += 1
        try:
            if self._depth > MAX_FRONT_MATTER_DEPTH:
                raise _Refused(f"bersarang lebih dari {MAX_FRONT_MATTER_DEPTH} tingkat")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> date:
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError) as exc:
            raise _Refused(f"memuat tanggal “{node.value}” yang tidak ada di kalender (bulan, "
                           "hari, jam atau selisih zona waktu di luar batas)") from exc


FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp",
                                  FrontMatterLoader.construct_yaml_timestamp)


def load_front_matter(text: str, path: Path) -> dict[str, object]:
    """Return the front matter's fields (keys lowercased), refusing hostile YAML clearly."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FRONT_MATTER_BYTES:
        raise ImportFileError(f"Berkas {path}: front matter terlalu besar (batasnya "
                              f"{MAX_FRONT_MATTER_BYTES // 1024} KB).")
    try:
        loaded = yaml.load(text, Loader=FrontMatterLoader)  # a safe loader (no tags, no aliases)
    except _Refused as exc:
        raise ImportFileError(f"Berkas {path}: front matter {exc}.") from exc
    except yaml.YAMLError as exc:
        raise ImportFileError(f"Berkas {path}: front matter YAML tidak sah "
                              f"({str(exc).splitlines()[0]}).") from exc
    if loaded is not None and not isinstance(loaded, dict):
        raise ImportFileError(f"Berkas {path}: front matter harus berupa daftar kunci: nilai.")
    meta = {str(k).lower(): v for k, v in (loaded or {}).items()}
    for key, value in meta.items():
        problem = _value_problem(value, MAX_SHORT_FIELD_CHARS if key in SHORT_FIELDS
                                 else MAX_FIELD_CHARS)
        if problem:
            raise ImportFileError(f"Berkas {path}: isian “{key}” {problem}.")
    return meta


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _value_problem(value: object, limit: int) -> str | None:
    """Return why a front matter value cannot be stored (too long, broken Unicode), or None."""
    if isinstance(value, dict):
        items: Iterable[object] = [*value.keys(), *value.values()]
    elif isinstance(value, list):
        items = value
    else:
        text = str(value)
        if len(text) > limit:
            return f"terlalu panjang ({len(text):,} karakter; batasnya {limit:,})".replace(",", ".")
        bad = _SURROGATE.search(text)
        if bad:
            return (f"berisi karakter Unicode yang tidak sah (U+{ord(bad.group()):04X}, "
                    "separuh pasangan surrogate)")
        return None
    for item in items:
        problem = _value_problem(item, limit)
        if problem:
            return problem
    return None
