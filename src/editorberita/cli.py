"""Command line: ``editorberita [--db PATH] [COMMAND]``; no command opens the window.

Headless commands never import Qt. Exit codes: 0 success, 1 user error (one line, no
traceback), 2 usage error.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from editorberita import __version__

logger = logging.getLogger(__name__)


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit code 1."""


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="editorberita",
        description="EditorBerita — penyunting artikel berita luring.")
    parser.add_argument("--version", action="version", version=f"EditorBerita {__version__}")
    parser.add_argument("--db", type=Path, help="berkas basis data SQLite (bawaan: folder data "
                        "pengguna, atau EDITORBERITA_DB)")
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")

    p = sub.add_parser("list", help="daftar artikel")
    p.add_argument("--category", help="nama rubrik")
    p.add_argument("--search", help="kata yang dicari (\"frasa\", awalan*)")
    p.add_argument("--status", help="status artikel (draft, review, ready, published, ...)")
    p.add_argument("--limit", type=int, default=100, help="jumlah baris paling banyak")

    sub.add_parser("categories", help="daftar rubrik dan jumlah artikelnya")

    p = sub.add_parser("backup", help="cadangkan basis data")
    p.add_argument("--to", type=Path, help="berkas tujuan")

    p = sub.add_parser("restore", help="pulihkan basis data dari berkas cadangan "
                       "(basis data sekarang dicadangkan dulu)")
    p.add_argument("file", type=Path, metavar="BERKAS", help="berkas cadangan .sqlite3")

    sub.add_parser("check", help="periksa keutuhan basis data")

    sub.add_parser("info", help="versi dan lokasi data (basis data, pengaturan, log, cadangan)")

    p = sub.add_parser("import", help="impor berkas Markdown (berkas atau folder, rekursif)")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="berkas .md atau folder")

    p = sub.add_parser("export", help="ekspor artikel ke HTML atau Markdown")
    p.add_argument("--format", choices=("html", "fragment", "md"), default="html",
                   help="html: halaman lengkap; fragment: potongan untuk CMS; md: Markdown")
    p.add_argument("--out", type=Path, default=Path("."), help="folder tujuan (bawaan: folder ini)")
    p.add_argument("--category", help="nama rubrik (beserta subrubriknya)")
    p.add_argument("--status", help="status artikel (draft, review, ready, published, ...)")
    p.add_argument("--id", type=int, action="append", dest="ids", metavar="N",
                   help="nomor artikel (boleh diulang)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit code."""
    if getattr(sys, "frozen", False):
        from editorberita.console import attach_parent_console

        attach_parent_console()
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command is None:
        from editorberita.ui.app import run

        return run(db_path=args.db, smoke_test=args.smoke_test)
    try:
        return int(COMMANDS[args.command](args) or 0)
    except UserError as exc:
        print(f"editorberita: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # EditorBeritaError and friends: one line, no traceback
        from editorberita.core.domain import EditorBeritaError

        if isinstance(exc, EditorBeritaError | OSError):
            print(f"editorberita: {exc}", file=sys.stderr)
            return 1
        raise


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from editorberita.core.paths import default_db_path
    from editorberita.core.storage import open_store

    return open_store(args.db or default_db_path())


def _category_id(store, name: str | None) -> int | None:  # type: ignore[no-untyped-def]
    if not name:
        return None
    found = store.find_category(name, any_parent=True)
    if found is None and "/" in name:
        found = store.find_category(name.rsplit("/", 1)[1], any_parent=True)
    if found is None:
        raise UserError(f"rubrik “{name}” tidak ditemukan")
    return int(found.id)


def _status(value: str | None):  # type: ignore[no-untyped-def]
    from editorberita.core.domain import Status

    if not value:
        return None
    for status in Status:
        if value.lower() in (status.value, status.label_id.lower()):
            return status
    raise UserError(f"status “{value}” tidak dikenal (pilih: "
                    + ", ".join(s.value for s in Status) + ")")


def cmd_list(args: argparse.Namespace) -> int:
    """Print one line per article: id, date, status, rubric, headline."""
    from editorberita.core.storage import ArticleFilter

    store = _open(args)
    try:
        names = {c.id: c.name for c in store.list_categories()}
        flt = ArticleFilter(category_id=_category_id(store, args.category),
                            status=_status(args.status), search=args.search)
        rows = store.list_articles(flt, limit=args.limit)
        for row in rows:
            local = row.published_at.astimezone(row.zone.tzinfo) if row.published_at else None
            date = f"{local:%Y-%m-%d %H:%M}" if local else "-"
            print(f"{row.id:>6}  {date}  {row.status.label_id:<12}  "
                  f"{names.get(row.category_id, 'Tanpa rubrik'):<18}  {row.headline}")
        if not rows:
            print("(tidak ada artikel)")
    finally:
        store.close()
    return 0


def cmd_categories(args: argparse.Namespace) -> int:
    """Print the rubric tree with article counts."""
    store = _open(args)
    try:
        categories = store.list_categories()
        counts = store.category_counts()
        children: dict[int | None, list] = {}
        for category in categories:
            children.setdefault(category.parent_id, []).append(category)

        def show(parent: int | None, depth: int) -> None:
            for category in children.get(parent, []):
                print(f"{'  ' * depth}{category.name} ({counts.get(category.id, 0)})")
                show(category.id, depth + 1)

        show(None, 0)
        if counts.get(None):
            print(f"Tanpa rubrik ({counts[None]})")
    finally:
        store.close()
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """Copy the database with SQLite's online backup API."""
    from editorberita.core.backup import backup_name

    store = _open(args)
    try:
        dest = args.to or backup_name(store.db_path, "manual")
        store.backup_to(Path(dest))
        print(f"Cadangan disimpan: {dest}")
    finally:
        store.close()
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the database with a backup, after checking it and backing up the current one."""
    from editorberita.core.backup import check_backup, restore_backup
    from editorberita.core.lock import DatabaseLock
    from editorberita.core.paths import default_db_path

    db_path = Path(args.db or default_db_path())
    source = Path(args.file)
    if source.resolve() == db_path.resolve():
        raise UserError("berkas cadangan sama dengan basis data yang dipulihkan")
    check_backup(source)
    lock = DatabaseLock(db_path)
    if not lock.acquire():
        raise UserError(f"basis data {db_path} sedang dibuka EditorBerita lain; tutup dulu "
                        "jendelanya, lalu ulangi")
    try:
        safety = restore_backup(db_path, source)
    finally:
        lock.release()
    if safety != source:
        print(f"Basis data lama dicadangkan: {safety}")
    print(f"Basis data dipulihkan dari {source}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Run SQLite's integrity check; exit 1 when the database is damaged."""
    store = _open(args)
    try:
        problems = store.integrity_problems()
    finally:
        store.close()
    if problems:
        raise UserError("basis data rusak: " + "; ".join(problems[:5]))
    print("Basis data utuh.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import Markdown files; exit 1 if any file was refused (the rest are still imported)."""
    from editorberita.core.importer import import_paths

    store = _open(args)
    try:
        summary = import_paths(store, args.paths)
    finally:
        store.close()
    return _report(f"Impor: {summary.describe()}", summary.failures, summary.ok)


def _report(line: str, failures: Sequence[tuple[object, str]], ok: bool) -> int:
    """Print each failure on stderr and the summary line; exit 1 when anything failed."""
    for _item, reason in failures:
        print(f"editorberita: {reason}", file=sys.stderr)
    print(line)
    return 0 if ok else 1


def cmd_export(args: argparse.Namespace) -> int:
    """Export articles (by id, rubric, status or all live ones); exit 1 if any failed."""
    from editorberita.core.export import export_articles
    from editorberita.core.storage import ArticleFilter

    store = _open(args)
    try:
        if args.ids:
            if args.category or args.status:
                raise UserError("--id tidak bisa digabung dengan --category atau --status")
            summary = export_articles(store, args.out, args.format, article_ids=args.ids)
        else:
            flt = ArticleFilter(category_id=_category_id(store, args.category),
                                include_subcategories=True, status=_status(args.status))
            summary = export_articles(store, args.out, args.format, flt=flt)
    finally:
        store.close()
    for _article, warning in summary.warnings:
        print(f"editorberita: peringatan: {warning}", file=sys.stderr)
    return _report(f"Ekspor ke {args.out}: {summary.describe()}", summary.failures, summary.ok)


def cmd_info(args: argparse.Namespace) -> int:
    """Print the version and where the database, settings, log and backups live."""
    from editorberita.core import paths

    db = Path(args.db or paths.default_db_path())
    portable = paths.portable_data_dir()
    print(f"EditorBerita {__version__}")
    print(f"Mode portabel: {'ya' if portable else 'tidak'}")
    print(f"Folder data:   {paths.data_dir()}")
    print(f"Basis data:    {db}")
    print(f"Pengaturan:    {paths.portable_settings_file() or paths.native_settings_location()}")
    print(f"Log:           {paths.log_file()}")
    print(f"Cadangan:      {paths.backups_dir(db)}")
    return 0


COMMANDS = {
    "list": cmd_list,
    "categories": cmd_categories,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
    "import": cmd_import,
    "export": cmd_export,
    "info": cmd_info,
}
