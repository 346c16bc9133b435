"""Import of Markdown files (with or without YAML front matter) into the store.

Reads the fields that ``core.export`` writes, so export → import → export gives identical
files. May import ``core.domain``, ``core.export``, ``core.storage``, ``core.templates``,
``core.textid`` and PyYAML; never Qt.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from editorberita.core.domain import Article, Category, EditorBeritaError, Kind, Status, Zone
from editorberita.core.export import explain_os_error
from editorberita.core.pictures import DEFAULT_LONGEST_SIDE, import_pictures
from editorberita.core.templates import ADVERTORIAL_LABEL, label_for
from editorberita.core.textid import split_closing_initials

if TYPE_CHECKING:
    from editorberita.core.storage import ArticleStore

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 10 * 1024 * 1024
MARKDOWN_SUFFIXES = (".md", ".markdown")
ZONE_BY_OFFSET = {7 * 3600: Zone.WIB, 8 * 3600: Zone.WITA, 9 * 3600: Zone.WIT}
IMPORT_REASON = "impor"

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}-")
_ATX_TITLE = re.compile(r"\A#[ \t]+(.+?)[ \t#]*(?:\n|\Z)")


class ImportFileError(EditorBeritaError):
    """A file cannot be imported; the message names the file and the reason."""


@dataclass
class ImportSummary:
    """What an import did: articles created or updated, files refused and why."""

    created: list[Article] = field(default_factory=list)
    updated: list[Article] = field(default_factory=list)
    failures: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Return True when every file was imported."""
        return not self.failures

    def describe(self) -> str:
        """Return a one-line Indonesian summary."""
        text = f"{len(self.created)} artikel baru, {len(self.updated)} diperbarui"
        if self.failures:
            text += f", {len(self.failures)} berkas gagal"
        return text + "."


@dataclass
class ParsedFile:
    """A Markdown file split into its article fields and its rubric path."""

    article: Article
    category_path: list[str]
    has_slug: bool
    meta: dict[str, object] = field(default_factory=dict)


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
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(f"Berkas {path} terlalu besar ({size / 1048576:.1f} MB; "
                                  f"batasnya {MAX_FILE_BYTES // 1048576} MB).")
        data = path.read_bytes()
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


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    return str(value)


def _moment(value: object, zone: Zone | None, path: Path) -> tuple[datetime | None, Zone]:
    """Return the publish time (aware) and the zone, from a front matter ``date``."""
    if value is None or value == "":
        return None, zone or Zone.WITA
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        try:
            moment = datetime.fromisoformat(str(value).strip())
        except ValueError as exc:
            raise ImportFileError(f"Berkas {path}: tanggal “{value}” tidak dikenali "
                                  "(pakai ISO 8601, mis. 2024-07-23T14:30:00+08:00).") from exc
    if moment.tzinfo is None:
        zone = zone or Zone.WITA
        return moment.replace(tzinfo=zone.tzinfo), zone
    if zone is None:
        offset = moment.utcoffset()
        zone = ZONE_BY_OFFSET.get(int(offset.total_seconds()) if offset else -1, Zone.WITA)
    return moment, zone


def _zone(value: object, path: Path) -> Zone | None:
    if value is None or value == "":
        return None
    try:
        return Zone(str(value).strip().upper())
    except ValueError as exc:
        raise ImportFileError(f"Berkas {path}: zona “{value}” tidak dikenal "
                              "(WIB, WITA atau WIT).") from exc


def _status(meta: dict[str, object], path: Path) -> Status:
    value = meta.get("status")
    if value is not None and value != "":
        text = str(value).strip().lower()
        for status in Status:
            if text in (status.value, status.label_id.lower()):
                return status
        raise ImportFileError(f"Berkas {path}: status “{value}” tidak dikenal.")
    if "draft" in meta:
        return Status.DRAFT if bool(meta["draft"]) else Status.PUBLISHED
    return Status.DRAFT


def _category_path(meta: dict[str, object]) -> list[str]:
    value = meta.get("category")
    if value is None:
        value = meta.get("categories")
    if isinstance(value, list):
        return [" ".join(_text(v).split()) for v in value if _text(v).strip()]
    text = _text(value)
    return [" ".join(p.split()) for p in text.split("/") if p.strip()]


def _tags(value: object) -> list[str]:
    if isinstance(value, list):
        return [_text(v) for v in value if _text(v).strip()]
    return [t.strip() for t in _text(value).split(",") if t.strip()]


def parse_markdown(text: str, path: Path) -> ParsedFile:
    """Split a Markdown text into article fields (front matter) and the body as written.

    Without front matter the headline is the first "# Heading" line, or else the file name.
    """
    match = _FRONT_MATTER.match(text)
    meta: dict[str, object] = {}
    if match:
        try:
            loaded = yaml.safe_load(match.group(1) or "")
        except yaml.YAMLError as exc:
            raise ImportFileError(f"Berkas {path}: front matter YAML tidak sah "
                                  f"({str(exc).splitlines()[0]}).") from exc
        if loaded is not None and not isinstance(loaded, dict):
            raise ImportFileError(f"Berkas {path}: front matter harus berupa daftar kunci: nilai.")
        meta = {str(k).lower(): v for k, v in (loaded or {}).items()}
        body = text[match.end():]
        body = body[1:] if body.startswith("\n") else body
    else:
        body = text
    headline = _text(meta.get("title"))
    if not headline.strip():
        title = _ATX_TITLE.match(body.lstrip("\n"))
        if title:
            headline = title.group(1).strip()
            body = body.lstrip("\n")[title.end():].lstrip("\n")
        else:
            headline = _DATE_PREFIX.sub("", path.stem).replace("-", " ").strip() or path.stem
    zone = _zone(meta.get("zone"), path)
    published_at, zone = _moment(meta.get("date"), zone, path)
    slug = " ".join(_text(meta.get("slug")).split())
    kind = _kind(meta)
    label = label_for(Article(kind=kind))
    if label and body.startswith(f"**{label}**"):  # the visible label our export adds
        body = body[len(label) + 4:].lstrip("\n")
    # "... kata dia. (rw)": the initials field carries them, the export closes with them once.
    body, initials = split_closing_initials(body.rstrip("\n"), _text(meta.get("initials")))
    article = Article(
        kind=kind,
        headline=headline,
        subheadline=_text(meta.get("subtitle")),
        slug=slug,
        slug_locked=bool(slug),
        status=_status(meta, path),
        body=body,
        lead=_summary(meta),
        byline=_text(meta.get("author")),
        initials=initials,
        dateline=_text(meta.get("dateline")),
        published_at=published_at,
        zone=zone,
        tags=_tags(meta.get("tags")),
        seo_title=_text(meta.get("seo_title")),
        seo_description=_text(meta.get("seo_description") or meta.get("description")),
    )
    return ParsedFile(article=article, category_path=_category_path(meta), has_slug=bool(slug),
                      meta=meta)


def import_file(store: ArticleStore, path: Path,
                failures: list[tuple[Path, str]] | None = None, *,
                longest_side: int = DEFAULT_LONGEST_SIDE) -> tuple[Article, bool]:
    """Import one Markdown file; return the article and whether it was newly created.

    Pictures the file shows from its folder are stored too, scaled to ``longest_side`` and
    cleaned as the window does (``core.pictures``); one that is refused is added to
    ``failures`` while the article is still imported.

    Slug rule: a front matter ``slug`` names the article, as a URL does. If a live article
    already has that slug, the file updates it (a revision "impor" keeps the old text), so
    re-importing an export never duplicates. Otherwise, and for files without a slug, a new
    article is created; the store then gives a taken slug a "-2" suffix.
    """
    path = Path(path)
    parsed = parse_markdown(read_markdown(path), path)
    category = (store.find_or_create_category_path("/".join(parsed.category_path))
                if parsed.category_path and not any("/" in n for n in parsed.category_path)
                else _category_from_names(store, parsed.category_path))
    article = parsed.article.copy(category_id=category.id if category else None)
    pictures = import_pictures(store, path, article.body, parsed.meta,
                               longest_side=longest_side)
    article = article.copy(body=pictures.body, featured_asset_id=pictures.featured_asset_id)
    if failures is not None:
        failures.extend(pictures.failures)
    existing = store.find_article_by_slug(article.slug) if parsed.has_slug else None
    if existing is not None and existing.deleted_at is None:
        merged = existing.copy(**{name: getattr(article, name) for name in _IMPORTED_FIELDS})
        return store.save_article(merged, revision_reason=IMPORT_REASON), False
    return store.create_article(article), True


_IMPORTED_FIELDS = ("headline", "subheadline", "slug", "slug_locked", "category_id", "status",
                    "body", "lead", "byline", "initials", "dateline", "published_at", "zone",
                    "tags", "seo_title", "seo_description", "featured_asset_id", "kind")


SUMMARY_KEYS = ("summary", "ringkasan", "excerpt", "lead", "teras")


def _summary(meta: dict[str, object]) -> str:
    """Return the summary: ``summary`` (what we export), else the other names sites use."""
    for key in SUMMARY_KEYS:
        text = _text(meta.get(key))
        if text.strip():
            return text
    return ""


def _kind(meta: dict[str, object]) -> Kind:
    """Return the article kind of the front matter ("kind", or a "label: Advertorial")."""
    if _text(meta.get("label")).strip().lower() == ADVERTORIAL_LABEL.lower():
        return Kind.ADVERTORIAL
    try:
        return Kind(_text(meta.get("kind")).strip().lower() or Kind.NEWS.value)
    except ValueError:
        return Kind.NEWS


def _category_from_names(store: ArticleStore, names: Sequence[str]) -> Category | None:
    """Find or create a rubric path whose names may themselves hold "/"."""
    parent = None
    for name in names:
        found = store.find_category(name, parent.id if parent else None)
        parent = found or store.create_category(name, parent.id if parent else None)
    return parent


def markdown_files(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Return the Markdown files named or found (recursively) in folders, and missing paths."""
    files: list[Path] = []
    missing: list[tuple[Path, str]] = []
    for path in map(Path, paths):
        if path.is_dir():
            found = [p for p in path.rglob("*") if p.suffix.lower() in MARKDOWN_SUFFIXES
                     and p.is_file() and not any(part.startswith(".")
                                                 for part in p.relative_to(path).parts)]
            files.extend(sorted(found))
        elif path.is_file():
            files.append(path)
        else:
            missing.append((path, f"Berkas atau folder {path} tidak ada."))
    return files, missing


def import_paths(store: ArticleStore, paths: Iterable[Path], *,
                 longest_side: int = DEFAULT_LONGEST_SIDE) -> ImportSummary:
    """Import files and folders (recursively); a refused file never stops the rest."""
    files, missing = markdown_files(paths)
    summary = ImportSummary(failures=list(missing))
    for path in files:
        try:
            article, created = import_file(store, path, summary.failures,
                                           longest_side=longest_side)
        except EditorBeritaError as exc:
            logger.info("Import of %s failed: %s", path, exc)
            summary.failures.append((path, str(exc)))
            continue
        (summary.created if created else summary.updated).append(article)
    return summary
