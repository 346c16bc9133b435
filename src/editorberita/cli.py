"""Command line: ``editorberita [--db PATH] [COMMAND]``; no command opens the window.

Headless commands never import Qt. Exit codes: 0 success, 1 user error (one line, no
traceback), 2 usage error, 130 cancelled (Ctrl+C).

Writing commands (``import``, ``export``) share the writers' lock (``core.lock``) and work
beside the open window; ``restore`` takes it alone and refuses while anyone writes or the window
is open. Reading commands open an up-to-date database read-only, so they also work on a
read-only disk and on a full one. A killed import is named by the next one.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from editorberita import __version__
from editorberita.commands import reading
from editorberita.commands.common import (
    UserError,
    category_id,
    desk_lock,
    report,
    status,
    status_help,
    up_to_date,
)
from editorberita.commands.common import printable as _printable

if TYPE_CHECKING:
    from editorberita.core.store import ArticleStore

logger = logging.getLogger(__name__)


MAX_LIMIT = 1_000_000
MAX_ID = 2**63 - 1  # SQLite's largest integer


def _bounded_int(low: int, high: int) -> Callable[[str], int]:
    """Return an argparse type: an integer from ``low`` to ``high``, else a usage error."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"harus bilangan bulat {low} sampai {high:,}".replace(",", ".")
                + f", bukan “{_printable(text)}”")
        return value
    return parse


_pixels = _bounded_int(0, 100_000)  # --longest-side: 0 keeps the original size


def _desk(text: str) -> Path | str:
    """Return a --db value: a server desk URL as it is, anything else a file path."""
    from editorberita.core.desklocation import is_server_url  # light: the window paints first

    return text if is_server_url(text) else Path(text)


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every subcommand (argparse's own words in Indonesian)."""
    from editorberita.cliwords import install

    install()
    parser = argparse.ArgumentParser(
        prog="editorberita",
        description="EditorBerita — penyunting artikel berita luring.")
    parser.add_argument("--version", action="version", version=f"EditorBerita {__version__}",
                        help="tampilkan versi program lalu keluar")
    parser.add_argument("--db", type=_desk, metavar="BERKAS",
                        help="berkas basis data SQLite, atau meja bersama "
                             "postgresql://pengguna@host:port/nama (bawaan: folder data pengguna, "
                             "atau EDITORBERITA_DB)")
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")

    p = sub.add_parser("list", help="daftar artikel")
    p.add_argument("--category", metavar="RUBRIK", help="nama rubrik")
    p.add_argument("--search", metavar="KATA", help="kata yang dicari (\"frasa\", awalan*)")
    p.add_argument("--status", help=status_help())
    p.add_argument("--limit", type=_bounded_int(1, MAX_LIMIT), default=100, metavar="JUMLAH",
                   help="jumlah baris paling banyak")

    sub.add_parser("categories", help="daftar rubrik dan jumlah artikelnya")

    p = sub.add_parser("backup", help="cadangkan basis data")
    p.add_argument("--to", type=Path, metavar="BERKAS", help="berkas tujuan")

    p = sub.add_parser("restore", help="pulihkan basis data dari berkas cadangan "
                       "(basis data sekarang dicadangkan dulu)")
    p.add_argument("file", type=Path, metavar="BERKAS", help="berkas cadangan .sqlite3")

    sub.add_parser("check", help="periksa keutuhan basis data")

    sub.add_parser("info", help="versi dan lokasi data (basis data, pengaturan, log, cadangan)")

    p = sub.add_parser("import", help="impor berkas Markdown (berkas atau folder, rekursif)")
    p.add_argument("paths", nargs="+", type=Path, metavar="JALUR", help="berkas .md atau folder")
    p.add_argument("--longest-side", type=_pixels, metavar="PIKSEL",
                   help="perkecil foto sampai sisi terpanjangnya sekian piksel (bawaan: sama "
                        "dengan jendela; 0: ukuran asli)")

    p = sub.add_parser("export", help="ekspor artikel ke HTML, Markdown atau WXR")
    p.add_argument("--format", choices=("html", "fragment", "md", "wxr"), default="html",
                   help="html: halaman lengkap; fragment: potongan untuk CMS; md: Markdown; "
                        "wxr: satu berkas impor WordPress")
    p.add_argument("--out", type=Path, default=Path("."), metavar="FOLDER",
                   help="folder tujuan (bawaan: folder ini); untuk wxr boleh nama berkas")
    p.add_argument("--category", metavar="RUBRIK", help="nama rubrik (beserta subrubriknya)")
    p.add_argument("--status", help=status_help())
    p.add_argument("--id", type=_bounded_int(1, MAX_ID), action="append", dest="ids",
                   metavar="N",
                   help="nomor artikel (boleh diulang)")
    from editorberita.commands import sending  # site, send (issue 15)

    sending.add_parsers(sub, _bounded_int(1, MAX_ID))
    from editorberita.commands import record  # issue 16: ralat, kredit, profil

    record.add_parsers(sub, _bounded_int(1, MAX_ID))

    from editorberita.commands.desk import add_desk_parser

    add_desk_parser(sub)
    return parser


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """Return the arguments of a plain window start (``--db X``, ``--smoke-test``), or None
    for anything else, which the whole parser reads (subcommands, help, mistakes). Building
    every subcommand's Indonesian help cost the window's first paint ~8 ms for nothing."""
    db: Path | str | None = None
    smoke_test = False
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--smoke-test" and not smoke_test:
            smoke_test = True
        elif arg.startswith("--db=") and db is None and len(arg) > 5:
            db = _desk(arg[5:])
        elif arg == "--db" and db is None and rest and not rest[0].startswith("-"):
            db = _desk(rest.pop(0))
        else:
            return None
    return argparse.Namespace(db=db, smoke_test=smoke_test, command=None)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit code."""
    if getattr(sys, "frozen", False):
        from editorberita.console import attach_parent_console

        attach_parent_console()
    args = window_arguments(sys.argv[1:] if argv is None else argv)
    if args is None:
        args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command is None:
        return _run_window(args)  # a file or a server desk (ui.recovery opens both)
    try:
        return int(COMMANDS[args.command](args) or 0)
    except UserError as exc:
        print(f"editorberita: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("editorberita: dibatalkan", file=sys.stderr)
        return 130
    except Exception as exc:  # EditorBeritaError and friends: one line, no traceback
        from editorberita.core import sqlite as sq
        from editorberita.core.domain import EditorBeritaError
        from editorberita.core.store import server

        location = _location(args)
        typed = (server.typed_error(exc, location) if isinstance(location, str)  # unreachable...
                 else sq.typed_error(exc, location))  # damaged, locked, disk full...
        if typed is not None:
            print(f"editorberita: {_printable(typed)}", file=sys.stderr)
            return 1
        if isinstance(exc, OSError):
            from editorberita.core.fileio import explain_os_error

            where = Path(exc.filename) if exc.filename else Path(".")
            print(f"editorberita: {explain_os_error(where, exc, 'dipakai')}", file=sys.stderr)
            return 1
        if isinstance(exc, EditorBeritaError):
            print(f"editorberita: {exc}", file=sys.stderr)
            return 1
        raise


def _run_window(args: argparse.Namespace) -> int:
    """Open the window; a start-up error reaches editorberita.log (issue 12)."""
    from editorberita import startlog

    problem = startlog.preflight()
    if problem is not None:
        print(f"editorberita: {problem}", file=sys.stderr)
        return 1
    try:
        startlog.watch_qt_fatal()
        from editorberita.ui.app import run

        return run(db_path=args.db, smoke_test=args.smoke_test)
    except Exception:
        import traceback

        startlog.log_startup_error(traceback.format_exc())
        raise


def _location(args: argparse.Namespace) -> Path | str:
    """Return the desk of this command: a file path, or a server desk URL (a string)."""
    from editorberita.core.store.server import desk_location

    return desk_location(args.db)


def _server(args: argparse.Namespace) -> str | None:
    """Return the server desk URL of this command, or None for a desk file."""
    location = _location(args)
    return location if isinstance(location, str) else None


def _db_path(args: argparse.Namespace) -> Path:
    """Return the desk file of this command (a server desk: its local stand-in path)."""
    from editorberita.core.store.server import stand_in_path

    location = _location(args)
    return stand_in_path(location) if isinstance(location, str) else location


@contextlib.contextmanager
def _store(args: argparse.Namespace, *, write: bool) -> Iterator[ArticleStore]:
    """Open the store for one command and close it (and give the lock back) afterwards.

    A reading command opens an up-to-date database read-only; creating or migrating the file
    is writing, done under the desk lock like every writing command.
    """
    from editorberita.core.store import open_store

    url = _server(args)
    if url:  # the server serialises its writers itself: no lock file beside a database
        store = open_store(url)
        try:
            yield store
        finally:
            store.close()
        return
    db_path = _db_path(args)
    if not write and up_to_date(db_path):
        store = open_store(db_path, read_only=True)
        try:
            yield store
        finally:
            store.close()
        return
    with desk_lock(db_path, args.command):
        store = open_store(db_path)
        try:
            yield store
        finally:
            store.close()


def cmd_backup(args: argparse.Namespace) -> int:
    """Copy the database with SQLite's online backup API and verify the copy.

    Only reads the database (also on a read-only or full disk, with ``--to`` elsewhere); a
    damaged database gives no "good" backup, and ``--to`` the database itself is refused.
    """
    from editorberita.core.backup import make_backup

    if _server(args):
        from editorberita.commands.desk import backup_server_desk

        return backup_server_desk(args)
    db_path = _db_path(args)
    up_to_date(db_path)  # a newer or foreign file: refused by its stamp, before any copy
    dest = make_backup(db_path, "manual", dest=args.to, verify=True)
    print(f"Cadangan disimpan: {dest}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the database with a backup, after checking it and backing up the current one.

    Never runs beside a writer: refused while the window or a writing command holds the lock.
    """
    from editorberita.core.backup import check_backup, restore_backup
    from editorberita.core.lock import DatabaseLock

    if _server(args):
        from editorberita.commands.desk import restore_server_desk

        return restore_server_desk(args)
    db_path = _db_path(args)
    source = Path(args.file)
    if source.resolve() == db_path.resolve():
        raise UserError("berkas cadangan sama dengan basis data yang dipulihkan")
    check_backup(source)
    lock = DatabaseLock(db_path)
    if not lock.acquire():
        holder = lock.holder().split(" ")[0] or "?"
        raise UserError(f"basis data {db_path} sedang dipakai EditorBerita lain (proses "
                        f"{holder}: jendela, impor atau ekspor); tidak ada yang dipulihkan. "
                        "Tunggu sampai selesai atau tutup jendelanya, lalu ulangi")
    try:
        safety = restore_backup(db_path, source)
    finally:
        lock.release()
    if safety != source:
        print(f"Basis data lama dicadangkan: {safety}")
    print(f"Basis data dipulihkan dari {source}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Run SQLite's integrity check (read-only); exit 1 when the database is damaged."""
    from editorberita.core import sqlite as sq

    if _server(args):
        from editorberita.commands.desk import check_server_desk

        return check_server_desk(args)
    db_path = _db_path(args)
    if not db_path.is_file():
        raise UserError(f"basis data {db_path} tidak ditemukan")
    problems = sq.integrity_problems(db_path)
    if problems:
        raise UserError(f"basis data {db_path} rusak: " + "; ".join(problems[:5]))
    up_to_date(db_path)
    print("Basis data utuh.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import Markdown files; exit 1 if any file was refused (the rest are still imported)."""
    from editorberita.core.importer import import_paths
    from editorberita.core.lock import RunningMarker, interrupted_imports

    db_path = _db_path(args)
    for started in interrupted_imports(db_path):
        print(f"Catatan: impor yang dimulai {started:%d-%m-%Y %H.%M} terhenti sebelum "
              "selesai. Yang sudah masuk tetap ada; impor yang sama aman dijalankan lagi "
              "(tidak ada yang digandakan).")
    # The marker is held while this import runs; only a killed import leaves it behind.
    with _store(args, write=True) as store, RunningMarker(db_path):
        sizes = {} if args.longest_side is None else {"longest_side": args.longest_side}
        summary = import_paths(store, args.paths, **sizes)
    for _path, note in summary.notes:
        print(f"Catatan: {_printable(note)}")
    stop = [] if summary.stopped is None else [(None, f"Impor dihentikan: {summary.stopped}")]
    return report(f"Impor: {summary.describe()}", [*summary.failures, *stop], summary.ok)


def cmd_export(args: argparse.Namespace) -> int:
    """Export articles (by id, rubric, status or all live ones); exit 1 if any failed."""
    from editorberita.core import sqlite as sq
    from editorberita.core.export import export_articles
    from editorberita.core.store import ArticleFilter

    # On a read-only disk the files are still written; only the export records are not.
    writable = bool(_server(args)) or sq.writable(_db_path(args))
    with _store(args, write=writable) as store:
        if args.format == "wxr":  # one file for the WordPress Importer (issue 15)
            return _export_wxr(args, store)
        if args.ids:
            if args.category or args.status:
                raise UserError("--id tidak bisa digabung dengan --category atau --status")
            summary = export_articles(store, args.out, args.format, article_ids=args.ids)
        else:
            flt = ArticleFilter(category_id=category_id(store, args.category),
                                include_subcategories=True, status=status(args.status))
            summary = export_articles(store, args.out, args.format, flt=flt)
    if not writable:
        print("editorberita: basis data hanya bisa dibaca; ekspor ini tidak dicatat di "
              "riwayat ekspor.", file=sys.stderr)
    for _article, warning in summary.warnings:
        print(f"editorberita: peringatan: {warning}", file=sys.stderr)
    return report(f"Ekspor ke {args.out}: {summary.describe()}", summary.failures, summary.ok)


def _export_wxr(args: argparse.Namespace, store: ArticleStore) -> int:
    from editorberita.commands.sending import cmd_export_wxr
    from editorberita.core.store import ArticleFilter

    if args.ids:
        found = store.get_articles(args.ids)
        articles = [found[i] for i in args.ids if i in found]
    else:
        flt = ArticleFilter(category_id=category_id(store, args.category),
                            include_subcategories=True, status=status(args.status))
        articles = list(store.iter_articles(flt))
    return cmd_export_wxr(args, store, articles)


def cmd_info(args: argparse.Namespace) -> int:
    """Print the version and where the database, settings, log and backups live."""
    from editorberita.core import paths

    location = _location(args)
    db = _db_path(args)
    portable = paths.portable_data_dir()
    print(f"EditorBerita {__version__}")
    print(f"Mode portabel: {'ya' if portable else 'tidak'}")
    print(f"Folder data:   {paths.data_dir()}")
    print(f"Basis data:    {_printable(_shown(location))}")
    print(f"Pengaturan:    {paths.portable_settings_file() or paths.native_settings_location()}")
    print(f"Log:           {paths.log_file()}")
    print(f"Cadangan:      {paths.backups_dir(db)}")
    return 0


def cmd_record(args: argparse.Namespace) -> int:
    """Run one of the record's commands (commands/record.py) under the desk lock."""
    from editorberita.commands import record

    write = args.command in record.WRITERS or any(
        getattr(args, k, None) is not None for k in ("nama", "situs", "logo"))
    with _store(args, write=write) as store:
        print(record.ALL[args.command](store, args))
    return 0


def _shown(location: Path | str) -> str:
    """Return a desk as printed: a server desk URL without its password."""
    from editorberita.core.store.server import display_url

    return display_url(location) if isinstance(location, str) else str(location)


COMMANDS = {
    "ralat": cmd_record,  # issue 16 (record)
    "kredit": cmd_record,
    "profil": cmd_record,
    "list": lambda args: reading.cmd_list(args, _store),
    "categories": lambda args: reading.cmd_categories(args, _store),
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
    "import": cmd_import,
    "export": cmd_export,
    "info": cmd_info,
    "desk": lambda args: _desk_command(args),  # defined below
}
from editorberita.commands import sending as _sending  # noqa: E402 - issue 15

COMMANDS.update({"site": _sending.cmd_site,
                 "send": lambda args: _sending.cmd_send(args, _store, _printable)})


def _desk_command(args: argparse.Namespace) -> int:
    """Run ``desk push`` / ``desk pull`` (``editorberita.commands.desk``)."""
    from editorberita.commands.desk import cmd_desk

    return cmd_desk(args)
