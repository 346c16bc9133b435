"""Export of articles into a folder: the batch, the files on disk and their records.

What each file is called and holds (HTML page, CMS fragment, Markdown with YAML front
matter) is ``core.exportformat``; here files are written atomically
(``core.fileio.atomic_write``) by a few writers in parallel, pictures are placed beside them,
and every export is recorded in the store so the "changed since export" view works; the
newsroom's record (``core.newsroom``) is gathered per article. May import ``core.domain``,
``core.exportformat``, ``core.newsroom``, ``core.pictures``, ``core.store``; never Qt.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import queue
import re
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from editorberita.core.domain import (
    Article,
    Asset,
    DatabaseLockedError,
    EditorBeritaError,
)
from editorberita.core.exportformat import (
    FORMATS,
    ExportError,
    category_paths,
    export_filename,
    portable_filename,
    render_export,
    unknown_format,
)
from editorberita.core.fileio import atomic_write, fsync_directory, os_error_message
from editorberita.core.localref import local_references
from editorberita.core.messages import Message, message, reason_of
from editorberita.core.newsroom import (
    RecordReader,
)
from editorberita.core.pictures import (
    KEY_LENGTH,
    PictureFile,
    asset_key,
    picture_files,
    pictures_for,
)

if TYPE_CHECKING:
    from editorberita.core.store import ArticleFilter, ArticleStore

logger = logging.getLogger(__name__)

# fsync waits on the disk, not the CPU: a few writers in parallel hide most of it.
WRITERS = 4
# Another program's write transaction is waited for this long (each try waits SQLite's busy
# timeout) before the records of a batch are given up (the files stay written).
RECORD_WAIT_S = 60.0
# Reason of the revision kept with every export (core.revisions.EXPORT).
EXPORT_REVISION = "export"

Progress = Callable[[int, int, Article], "bool | None"]


# A temp file of ``fileio.atomic_write`` (".<name>.<8 random>.tmp") older than this was left by an
# export that was killed; a younger one may belong to an export running right now.
STALE_TEMP_SECONDS = 15 * 60
_TEMP_NAME = re.compile(r"\..+\.[a-z0-9_]{8}\.tmp")


def remove_stale_temp_files(folder: Path) -> int:
    """Delete the temp files a killed export left in ``folder``; return how many."""
    removed = 0
    cutoff = time.time() - STALE_TEMP_SECONDS
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        try:
            if (_TEMP_NAME.fullmatch(entry.name) and entry.is_file(follow_symlinks=False)
                    and entry.stat(follow_symlinks=False).st_mtime < cutoff):
                os.unlink(entry.path)
                removed += 1
        except OSError as exc:
            logger.info("Stale temp file %s not removed: %s", entry.path, exc)
    if removed:
        logger.info("Removed %d temp files of an interrupted export in %s", removed, folder)
    return removed


# ---------------------------------------------------------------------- export


@dataclass
class ExportSummary:
    """What a batch export did: files written, articles that failed, whether it was stopped."""

    written: list[Path] = field(default_factory=list)
    #: Why each article failed: a ``Message`` (``.text()`` on the command line, ``explain``
    #: in the window).
    failures: list[tuple[Article | int, Message]] = field(default_factory=list)
    #: Written, but with something left out (an address on the writer's computer).
    warnings: list[tuple[Article, Message]] = field(default_factory=list)
    total: int = 0
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        """Return True when every article was written."""
        return not self.failures and not self.cancelled

    def describe(self) -> str:
        """Return a one-line Indonesian summary (the command line; the window counts itself)."""
        text = f"{len(self.written)} dari {self.total} artikel diekspor"
        if self.failures:
            text += f", {len(self.failures)} gagal"
        if self.warnings:
            text += f", {len(self.warnings)} peringatan"
        if self.cancelled:
            text += ", dibatalkan"
        return text + "."


class Exporter:
    """Export articles of one store into one folder, in one format.

    Keeps what a batch needs once (rubric paths, names claimed so far). Naming rule: an
    article re-exported replaces the file it wrote before (the store's export history says
    which file that was); a file of another article, or a foreign file, is never
    overwritten: the new file gets "-2", "-3"...
    """

    def __init__(self, store: ArticleStore, folder: Path, fmt: str = "html", *,
                 fsync: bool = True) -> None:
        if fmt not in FORMATS:
            raise unknown_format(fmt)
        self.store = store
        self.folder = Path(folder)
        self.fmt = fmt
        self.fsync = fsync
        self._paths = category_paths(store.list_categories())
        self._claimed: set[str] = set()
        self._swept: set[str] = set()  # picture folders already rid of stale temp files
        self._record = RecordReader(store, fmt, self.folder, export_filename,  # core.newsroom
                                    batch=True)

    def prepare_folder(self) -> None:
        """Create the target folder, or fail with a message naming it; sweep stale temp files."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ExportError(os_error_message(self.folder, exc, "create")) from exc
        if not self.folder.is_dir():
            raise ExportError(message("export.not_a_folder", path=str(self.folder)))
        remove_stale_temp_files(self.folder)

    def target(self, article: Article) -> Path:
        """Return where this article's file goes (see the class docstring for the rule)."""
        name = export_filename(article, self.fmt)
        primary = self.folder / name
        if name not in self._claimed and not os.path.lexists(primary):  # a link is taken too
            return primary
        ext = "." + FORMATS[self.fmt]
        stem = name[: -len(ext)]
        pattern = re.compile(re.escape(stem) + r"(-\d+)?" + re.escape(ext))
        folder = self.folder.resolve()
        own = sorted(Path(e.path) for e in self.store.last_exports(article.id or 0)
                     if e.format == self.fmt and Path(e.path).parent == folder
                     and pattern.fullmatch(Path(e.path).name) and Path(e.path).is_file()
                     and Path(e.path).name not in self._claimed)
        if own:
            return self.folder / own[0].name
        n = 2
        while True:
            candidate = portable_filename(f"{stem}-{n}", FORMATS[self.fmt])
            if candidate not in self._claimed and not os.path.lexists(self.folder / candidate):
                return self.folder / candidate
            n += 1

    def render(self, article: Article) -> tuple[Path, bytes]:
        """Return where the article goes and the bytes to write there (claims the name).

        The article's pictures are written now, into a folder named like the file without
        its extension (``2024-03-01-slug/foto-1.jpg``), so relative paths work anywhere.
        """
        path = self.target(article)
        self._claimed.add(path.name)
        names = self._paths.get(article.category_id, []) if article.category_id else []
        pictures = pictures_for(self.store, article)
        files: list[PictureFile] = []
        if pictures is not None:
            folder_name = self.picture_folder(path.name[: -len(FORMATS[self.fmt]) - 1])
            files = [self.place_picture(item)
                     for item in picture_files(pictures, folder_name)]
            pictures.sources = {asset_key(f.asset): f.relative for f in files}
            self.write_pictures(files)
        record = self._record.gather(article)
        return path, render_export(article, self.fmt, names, pictures, files,
                                   record).encode("utf-8")

    def picture_folder(self, name: str) -> str:
        """Return the folder for an article's pictures: ``name``, unless that is a link or
        a file (then ``name-foto``, ``name-foto-2``...); an export never writes through a
        link out of the export folder."""
        candidate, n = name, 1
        while True:
            folder = self.folder / candidate
            if not os.path.lexists(folder) or (folder.is_dir() and not folder.is_symlink()):
                break
            n += 1
            candidate = f"{name}-foto" if n == 2 else f"{name}-foto-{n - 1}"
        try:
            folder.mkdir(exist_ok=True)
        except OSError as exc:
            raise ExportError(os_error_message(folder, exc, "create")) from exc
        if candidate not in self._swept:
            self._swept.add(candidate)
            remove_stale_temp_files(folder)
        return candidate

    def place_picture(self, item: PictureFile) -> PictureFile:
        """Return where a picture goes: its usual name, unless a file there is not one this
        program wrote (a user's own photo, a link): then ``foto-1-2.jpg``, ``-3``..."""
        folder, _, name = item.relative.rpartition("/")
        stem, dot, ext = name.rpartition(".")
        relative, n = item.relative, 1
        while not self._may_replace(self.folder / relative, item.asset):
            n += 1
            relative = f"{folder}/{stem}-{n}{dot}{ext}"
        return PictureFile(item.asset, relative)

    def _may_replace(self, target: Path, asset: Asset) -> bool:
        """Return True if ``target`` is free, or a picture of this store an export wrote."""
        if not os.path.lexists(target):
            return True
        if target.is_symlink() or not target.is_file():
            return False
        try:
            digest = hashlib.sha256(target.read_bytes()).hexdigest()
        except OSError:
            return False
        if digest == asset.sha256:
            return True
        found = self.store.find_assets([digest[:KEY_LENGTH]]).get(digest[:KEY_LENGTH])
        return found is not None and found.sha256 == digest

    def write_pictures(self, files: Sequence[PictureFile]) -> None:
        """Write picture files next to the article, skipping those already there unchanged."""
        for item in files:
            target = self.folder / item.relative
            try:
                if (not target.is_symlink() and target.is_file()
                        and target.stat().st_size == item.asset.size
                        and hashlib.sha256(target.read_bytes()).hexdigest() == item.asset.sha256):
                    continue
            except OSError as exc:
                raise ExportError(os_error_message(target, exc, "read")) from exc
            atomic_write(target, self.store.asset_data(item.asset.id), fsync=self.fsync)

    def write(self, article: Article) -> tuple[Path, str]:
        """Write one article's file; return it with the SHA-256 of what was written."""
        path, data = self.render(article)
        atomic_write(path, data, fsync=self.fsync)
        return path, hashlib.sha256(data).hexdigest()

    def record(self, article: Article, path: Path, digest: str) -> None:
        """Remember the export in the store ("changed since export", re-export naming)."""
        if article.id is not None:
            self.store.record_export(article.id, self.fmt, str(path.resolve()), digest,
                                     revision_reason=EXPORT_REVISION)

    def export(self, article: Article) -> Path:
        """Write one article and record the export; return the file written."""
        path, digest = self.write(article)
        self.record(article, path, digest)
        return path

    def finish(self) -> None:
        """Make the batch's renames durable with one directory fsync."""
        if self.fsync:
            fsync_directory(self.folder)


def local_warnings(article: Article) -> list[tuple[Article, Message]]:
    """Return one warning per address on the writer's computer (the export leaves it out)."""
    return [(article, message("export.local_address", id=str(article.id), address=address))
            for _s, _e, address in local_references(article.body)]


def failure(article_id: int | None, exc: BaseException) -> Message:
    """Return why an article failed: the error's own message when typed, else framed."""
    typed = getattr(exc, "message", None)
    if isinstance(typed, Message):
        return typed
    return message("export.failed", id=str(article_id), reason=str(exc))


def export_article(store: ArticleStore, article: Article, folder: Path,
                   fmt: str = "html") -> Path:
    """Export one article and return the file written."""
    exporter = Exporter(store, folder, fmt)
    exporter.prepare_folder()
    path = exporter.export(article)
    exporter.finish()
    return path


def export_articles(store: ArticleStore, folder: Path, fmt: str = "html", *,
                    article_ids: Sequence[int] | None = None,
                    flt: ArticleFilter | None = None,
                    progress: Progress | None = None, fsync: bool = True) -> ExportSummary:
    """Export some articles (ids), a view (filter) or everything live; never stop at one failure.

    ``progress(done, total, article)`` is called after each article; returning False stops
    the batch (``summary.cancelled``). Use ``ArticleFilter(category_id=...,
    include_subcategories=True)`` for a rubric and its sub-rubrics.
    """
    exporter = Exporter(store, folder, fmt, fsync=fsync)
    exporter.prepare_folder()
    summary = ExportSummary()
    articles: Iterable[Article | int]
    if article_ids is not None:
        summary.total = len(article_ids)
        articles = _load(store, article_ids)
    else:
        summary.total = store.count_articles(flt)
        articles = store.iter_articles(flt)
    recorder = _Recorder(exporter, summary)
    recorder.start()
    pool = ThreadPoolExecutor(max_workers=WRITERS, thread_name_prefix="export-write")
    slots = threading.BoundedSemaphore(WRITERS * 4)  # bounds the bytes waiting in memory
    written: dict[int, Path] = {}

    def finished(index: int, article: Article, path: Path, data: bytes,
                 future: Future[None]) -> None:
        slots.release()
        exc = future.exception()
        if exc is None:
            written[index] = path
            recorder.queue.put((article, path, hashlib.sha256(data).hexdigest()))
        else:
            logger.info("Export of article %s failed: %s", article.id, exc)
            summary.failures.append((article, failure(article.id, exc)))

    done = 0
    try:
        for item in articles:
            done += 1
            if isinstance(item, int):
                summary.failures.append((item, message("article.not_found", id=str(item))))
                continue
            if item.deleted_at is not None:
                summary.failures.append((item, message("export.in_trash", id=str(item.id))))
                continue
            summary.warnings.extend(local_warnings(item))
            try:
                path, data = exporter.render(item)
            except EditorBeritaError as exc:
                summary.failures.append((item, failure(item.id, exc)))
            except Exception as exc:  # a bug must cost one article, not the whole batch
                logger.exception("Rendering article %s failed", item.id)
                summary.failures.append((item, failure(item.id, exc)))
            else:
                slots.acquire()
                future = pool.submit(atomic_write, path, data, fsync=exporter.fsync)
                future.add_done_callback(functools.partial(finished, done, item, path, data))
            if progress is not None and progress(done, summary.total, item) is False:
                summary.cancelled = done < summary.total
                break
    finally:
        pool.shutdown(wait=True)
        recorder.queue.put(None)
        recorder.join()
        exporter.finish()
    summary.written = [written[i] for i in sorted(written)]
    return summary


class _Recorder(threading.Thread):
    """Record exports in the store on a thread of its own.

    Each record is a durable SQLite commit (an fsync, 1-4 ms on this class of disk); doing
    them beside the rendering, like the file writes, keeps the disk waits off the main loop.
    """

    def __init__(self, exporter: Exporter, summary: ExportSummary) -> None:
        super().__init__(name="export-recorder", daemon=True)
        self.exporter = exporter
        self.summary = summary
        self.queue: queue.Queue[tuple[Article, Path, str] | None] = queue.Queue()

    def run(self) -> None:
        """Record queued exports until the ``None`` sentinel arrives, many per commit."""
        stop = False
        while not stop:
            items = [self.queue.get()]
            while len(items) < 200:  # take whatever else is already waiting
                try:
                    items.append(self.queue.get_nowait())
                except queue.Empty:
                    break
            if None in items:
                stop = True
                items = [item for item in items if item is not None]
            self._record(items)  # type: ignore[arg-type]  # the None markers were removed above

    def _record(self, items: list[tuple[Article, Path, str]]) -> None:
        if self.exporter.store.read_only:  # a read-only disk: the files are the export
            return
        rows = [(article.id, self.exporter.fmt, str(path.resolve()), digest)
                for article, path, digest in items if article.id is not None]
        try:
            self._record_waiting(rows)
        except Exception as exc:  # the files are written; only the history entries are missing
            logger.warning("Recording %d exports failed: %s", len(rows), exc)
            for article, path, _digest in items:
                self.summary.failures.append((article, message(
                    "export.not_recorded", path=str(path), reason=reason_of(exc))))


    def _record_waiting(self, rows: list[tuple[int, str, str, str]]) -> None:
        """Record, waiting up to RECORD_WAIT_S for another program's write transaction."""
        deadline = time.monotonic() + RECORD_WAIT_S
        while True:
            try:
                self.exporter.store.record_exports(rows)
                return
            except DatabaseLockedError:
                if time.monotonic() >= deadline:
                    raise


def _load(store: ArticleStore, ids: Sequence[int], batch: int = 200) -> Iterable[Article | int]:
    """Yield the articles in the given order (their id where one is gone), a batch at a time."""
    for start in range(0, len(ids), batch):
        chunk = ids[start:start + batch]
        found = store.get_articles(chunk)
        for article_id in chunk:
            yield found.get(article_id, article_id)
