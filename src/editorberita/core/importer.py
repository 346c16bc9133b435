"""Import of Markdown files (with or without YAML front matter) into the store.

Reads the fields that ``core.export`` writes, so export → import → export gives identical
files. Reading one file safely (size, encoding, front matter) is ``core.mdfile``'s job.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from editorberita.core.domain import Article, EditorBeritaError, Kind, Status, Zone
from editorberita.core.mdfile import (
    FRONT_MATTER,
    ImportFileError,
    load_front_matter,
    read_markdown,
)
from editorberita.core.newsroom import strip_markdown_tail
from editorberita.core.picturecheck import DEFAULT_LONGEST_SIDE
from editorberita.core.pictureimport import import_pictures
from editorberita.core.store import database_trouble
from editorberita.core.templates import ADVERTORIAL_LABEL, label_for
from editorberita.core.textid import slugify, split_closing_initials

if TYPE_CHECKING:
    from editorberita.core.store import ArticleStore

logger = logging.getLogger(__name__)

MIN_YEAR, MAX_YEAR = 1800, 9998
MAX_TAGS = 200
MARKDOWN_SUFFIXES = (".md", ".markdown")
ZONE_BY_OFFSET = {7 * 3600: Zone.WIB, 8 * 3600: Zone.WITA, 9 * 3600: Zone.WIT}
IMPORT_REASON = "impor"

_DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}-")
_ATX_TITLE = re.compile(r"\A#[ \t]+(.+?)[ \t#]*(?:\n|\Z)")


@dataclass
class ImportSummary:
    """What an import did: articles created or updated, files refused and why."""

    created: list[Article] = field(default_factory=list)
    updated: list[Article] = field(default_factory=list)
    unchanged: list[Article] = field(default_factory=list)
    failures: list[tuple[Path, str]] = field(default_factory=list)
    notes: list[tuple[Path, str]] = field(default_factory=list)
    stopped: str | None = None
    not_attempted: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Return True when every file was imported."""
        return not self.failures and self.stopped is None

    def describe(self) -> str:
        """Return a one-line Indonesian summary."""
        text = f"{len(self.created)} artikel baru, {len(self.updated)} diperbarui"
        if self.unchanged:
            text += f", {len(self.unchanged)} sudah ada dan tidak berubah"
        if self.failures:
            text += f", {len(self.failures)} berkas gagal"
        text += "."
        if self.stopped is not None:
            text += (f" Impor dihentikan: {self.stopped} {len(self.not_attempted)} berkas "
                     "belum dicoba; jalankan impor yang sama lagi sesudahnya (yang sudah masuk "
                     "tidak akan digandakan).")
        return text


@dataclass
class ParsedFile:
    """A Markdown file split into its article fields and its rubric path."""

    article: Article
    category_path: list[str]
    has_slug: bool
    meta: dict[str, object] = field(default_factory=dict)


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
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        raise ImportFileError(f"Berkas {path}: tahun {moment.year} pada tanggal “{value}” di luar "
                              f"rentang yang didukung ({MIN_YEAR}–{MAX_YEAR}).")
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


def _slug(value: object) -> str:
    """Return the front matter slug as the store keeps it ("Banjir Besar!" -> "banjir-besar"),
    so a re-import finds it; "" when it holds no letter or digit a slug could keep."""
    raw = " ".join(_text(value).split())
    return slugify(raw) if re.search(r"[A-Za-z0-9]", unicodedata.normalize("NFKD", raw)) else ""


def _tags(value: object) -> list[str]:
    if isinstance(value, list):
        return [_text(v) for v in value if _text(v).strip()]
    return [t.strip() for t in _text(value).split(",") if t.strip()]


def parse_markdown(text: str, path: Path) -> ParsedFile:
    """Split a Markdown text into article fields (front matter) and the body as written.

    Without front matter the headline is the first "# Heading" line, or else the file name.
    """
    match = FRONT_MATTER.match(text)
    meta: dict[str, object] = {}
    if match:
        meta = load_front_matter(match.group(1) or "", path)
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
    slug = _slug(meta.get("slug"))
    kind = _kind(meta)
    label = label_for(Article(kind=kind))
    if label and body.startswith(f"**{label}**"):  # the visible label our export adds
        body = body[len(label) + 4:].lstrip("\n")
    # "... kata dia. (rw)": the initials field carries them, the export closes with them once.
    body = strip_markdown_tail(body)  # issue 16: notice, reply links, ralat lines of our export
    body, initials = split_closing_initials(body.rstrip("\n"), _text(meta.get("initials")))
    tags = _tags(meta.get("tags"))
    if len(tags) > MAX_TAGS:  # each one a row to find or create
        raise ImportFileError(f"Berkas {path}: terlalu banyak tag ({len(tags)}; batasnya "
                              f"{MAX_TAGS}).")
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
        tags=tags,
        seo_title=_text(meta.get("seo_title")),
        seo_description=_text(meta.get("seo_description") or meta.get("description")),
        editor=_text(meta.get("editor")), editor_initials=_text(meta.get("editor_initials")),
        unverified=meta.get("unverified") is True,  # issue 16 (record)
    )
    return ParsedFile(article=article, category_path=_category_path(meta), has_slug=bool(slug),
                      meta=meta)


def import_file(store: ArticleStore, path: Path,
                failures: list[tuple[Path, str]] | None = None, *,
                longest_side: int = DEFAULT_LONGEST_SIDE) -> tuple[Article, bool]:
    """Import one Markdown file; return the article and whether it was newly created.

    Pictures the file shows from its folder are stored too, scaled to ``longest_side`` and
    cleaned as the window does (``core.pictures``); one that is refused is added to
    ``failures`` while the article is still imported. See ``_import_one`` for how a file
    finds the article it already made.
    """
    article, outcome = _import_one(store, Path(path), failures, {}, [],
                                   longest_side=longest_side)
    return article, outcome == CREATED


CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"


def _import_one(store: ArticleStore, path: Path, failures: list[tuple[Path, str]] | None,
                batch_slugs: dict[str, Path], notes: list[tuple[Path, str]], *,
                longest_side: int = DEFAULT_LONGEST_SIDE) -> tuple[Article, str]:
    """Import one file; return the article and CREATED, UPDATED or UNCHANGED.

    Slug rule: a front matter ``slug`` names the article, as a URL does. If a live article
    already has that slug, the file updates it (a revision "impor" keeps the old text), so
    re-importing an export never duplicates. A file without a slug (or whose slug an earlier
    file of the same batch already took) finds the live article it made before by its
    headline and body; only a file nothing matches creates an article, and the store gives a
    taken slug a "-2" suffix. A file whose fields are all as stored changes nothing, so an
    interrupted batch can simply be run again.
    """
    parsed = parse_markdown(read_markdown(path), path)
    try:
        category = store.find_or_create_category_names(parsed.category_path)
    except EditorBeritaError as exc:  # too deep, a name too long: the rubric rules
        raise ImportFileError(f"Berkas {path}: {exc}") from exc
    article = parsed.article.copy(category_id=category.id if category else None)
    pictures = import_pictures(store, path, article.body, parsed.meta,
                               longest_side=longest_side)
    article = article.copy(body=pictures.body, featured_asset_id=pictures.featured_asset_id)
    if failures is not None:
        failures.extend(pictures.failures)
    existing = None
    claimed = batch_slugs.get(article.slug) if parsed.has_slug else None
    if parsed.has_slug and claimed is None:
        existing = store.find_article_by_slug(article.slug)
        if existing is not None and existing.deleted_at is not None:
            existing = None
    if existing is None:
        existing = store.find_same_article(article.slug or article.headline, article.headline,
                                           article.body)
    if parsed.has_slug:
        batch_slugs.setdefault(article.slug, path)
    if existing is not None:
        if not _differs(existing, article):
            return existing, UNCHANGED
        merged = existing.copy(**{name: getattr(article, name) for name in _IMPORTED_FIELDS
                                  if name not in ("slug", "slug_locked") or claimed is None})
        return store.save_article(merged, revision_reason=IMPORT_REASON), UPDATED
    created = store.create_article(article)
    if claimed is not None:
        notes.append((path, f"Berkas {path}: slug “{article.slug}” sudah dipakai berkas "
                            f"{claimed.name} dalam impor ini; artikelnya disimpan dengan slug "
                            f"“{created.slug}”."))
    return created, CREATED


def _differs(existing: Article, article: Article) -> bool:
    """Return True when importing ``article`` over ``existing`` would change anything."""
    for name in _IMPORTED_FIELDS:
        if name in ("slug", "slug_locked"):
            continue
        mine, theirs = getattr(article, name), getattr(existing, name)
        if name == "tags":
            mine, theirs = _tag_key(mine), _tag_key(theirs)
        elif name == "published_at" and mine is None:
            continue
        if mine != theirs:
            return True
    return False


def _tag_key(tags: Iterable[str]) -> list[str]:
    return sorted({" ".join(t.split())[:100].casefold() for t in tags} - {""})


_IMPORTED_FIELDS = ("headline", "subheadline", "slug", "slug_locked", "category_id", "status",
                    "body", "lead", "byline", "initials", "dateline", "published_at", "zone",
                    "tags", "seo_title", "seo_description", "featured_asset_id", "kind",
                    "editor", "editor_initials", "unverified")


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


def markdown_files(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Return the Markdown files named or found (recursively) in folders, and refused paths.

    A link found in a folder that leads out of that folder (``b.md -> /etc/passwd``) is
    never read: it is returned as refused, so the summary says which were skipped.
    """
    files: list[Path] = []
    refused: list[tuple[Path, str]] = []
    for path in map(Path, paths):
        if path.is_dir():
            root = path.resolve()
            found = []
            for candidate in sorted(path.rglob("*")):  # never descends into linked folders
                if any(part.startswith(".") for part in candidate.relative_to(path).parts):
                    continue
                if candidate.suffix.lower() not in MARKDOWN_SUFFIXES:
                    if candidate.is_symlink() and candidate.is_dir() and not _inside(candidate,
                                                                                     root):
                        refused.append((candidate, f"Folder {candidate} dilewati: tautan ke "
                                                   f"luar folder {path} tidak diikuti."))
                    continue
                if not _inside(candidate, root):
                    refused.append((candidate, f"Berkas {candidate} dilewati: tautan ke luar "
                                               f"folder {path} tidak diikuti."))
                elif candidate.is_file():
                    found.append(candidate)
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            refused.append((path, f"Berkas atau folder {path} tidak ada."))
    return files, refused


def _inside(path: Path, root: Path) -> bool:
    """Return True when ``path``, links followed, is ``root`` or lies within it."""
    try:
        path.resolve().relative_to(root)
    except (ValueError, OSError, RuntimeError):  # outside, or a link loop
        return False
    return True


def import_paths(store: ArticleStore, paths: Iterable[Path], *,
                 longest_side: int = DEFAULT_LONGEST_SIDE) -> ImportSummary:
    """Import files and folders (recursively); a refused file never stops the rest.

    Every file is judged alone: an unexpected error is that file's failure, named in the
    summary. Only a database that cannot take writes at all (locked by another program, disk
    full) stops the batch, and the summary then says so and what was not tried.
    """
    files, refused = markdown_files(paths)
    summary = ImportSummary(failures=list(refused))
    batch_slugs: dict[str, Path] = {}
    for index, path in enumerate(files):
        try:
            article, outcome = _import_one(store, path, summary.failures, batch_slugs,
                                           summary.notes, longest_side=longest_side)
        except Exception as exc:  # one file's bug never ends the batch
            trouble = database_trouble(store.db_path, exc)
            if trouble is not None:  # the database itself: every next file would fail too
                logger.info("Import stopped at %s: %s", path, exc)
                summary.stopped = trouble
                summary.not_attempted = files[index:]
                break
            if isinstance(exc, EditorBeritaError):
                logger.info("Import of %s failed: %s", path, exc)
                summary.failures.append((path, str(exc)))
                continue
            logger.info("Import of %s failed unexpectedly", path, exc_info=True)
            summary.failures.append((path, f"Berkas {path} tidak dapat diimpor: galat tak "
                                           f"terduga ({type(exc).__name__}: {exc})."))
            continue
        {CREATED: summary.created, UPDATED: summary.updated,
         UNCHANGED: summary.unchanged}[outcome].append(article)
    return summary
