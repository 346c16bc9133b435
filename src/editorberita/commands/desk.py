"""``editorberita desk push|pull``: move a desk between a file and a server, and the server
desk's ``backup``, ``restore`` and ``check`` (``cli.py`` hands those over here).

Every copy is verified (rows counted and hashed table by table, ``core.store.moving``); a
target that already holds articles is refused, so nothing is ever merged by accident.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editorberita.core.domain import EditorBeritaError


def add_desk_parser(sub: argparse._SubParsersAction) -> None:
    """Add ``desk push`` and ``desk pull`` to the command line."""
    p = sub.add_parser("desk", help="pindahkan meja: berkas SQLite ⇄ server PostgreSQL")
    desk = p.add_subparsers(dest="desk_command", metavar="AKSI", required=True)
    push = desk.add_parser("push", help="salin meja --db (berkas) ke meja kosong di server")
    push.add_argument("--to", required=True, metavar="URL",
                      help="meja tujuan, mis. postgresql://pengguna@host:5432/redaksi")
    pull = desk.add_parser("pull", help="salin meja di server ke berkas SQLite baru")
    pull.add_argument("--from", dest="source", required=True, metavar="URL",
                      help="meja asal, mis. postgresql://pengguna@host:5432/redaksi")
    pull.add_argument("--to", required=True, type=Path, metavar="BERKAS",
                      help="berkas .sqlite3 baru")


def _open(location: Path | str, *, target: bool):  # type: ignore[no-untyped-def]  # a store or an engine, by target
    from editorberita.core.store import open_store
    from editorberita.core.store.server import is_server_url

    if target and not is_server_url(location):
        path = Path(location)
        if path.exists() and path.stat().st_size > 0:
            raise EditorBeritaError(f"Berkas {path} sudah ada; tidak ada yang disalin. Pilih "
                                    "nama berkas baru.")
    return open_store(location)


def _copy(source_location: Path | str, target_location: Path | str) -> int:
    from editorberita.core.store.moving import copy_desk

    source = _open(source_location, target=False)
    try:
        target = _open(target_location, target=True)
        try:
            report = copy_desk(source, target)
        finally:
            target.close()
    finally:
        source.close()
    print(f"Meja {source.location} → {target.location}: {report.describe()}.")
    return 0


def cmd_desk(args: argparse.Namespace) -> int:
    """Copy a desk (push: --db to --to; pull: --from to --to) and verify the copy."""
    from editorberita.core.store.server import desk_location, is_server_url

    if args.desk_command == "push":
        if not is_server_url(args.to):
            raise EditorBeritaError(f"“{args.to}” bukan alamat meja server (postgresql://…).")
        return _copy(desk_location(args.db), args.to)
    if not is_server_url(args.source):
        raise EditorBeritaError(f"“{args.source}” bukan alamat meja server (postgresql://…).")
    return _copy(args.source, args.to)


def backup_server_desk(args: argparse.Namespace) -> int:
    """``backup`` of a server desk: a portable, verified SQLite snapshot on this PC."""
    from editorberita.core import sqlite as sq
    from editorberita.core.domain import utcnow
    from editorberita.core.paths import backups_dir
    from editorberita.core.store import open_store
    from editorberita.core.store.server import desk_location

    store = open_store(desk_location(args.db))
    try:
        dest = args.to or (backups_dir(store.db_path)
                           / f"{store.db_path.stem}-manual-{utcnow():%Y%m%d-%H%M%S}.sqlite3")
        store.backup_to(Path(dest))
    finally:
        store.close()
    problems = sq.integrity_problems(Path(dest))
    if problems:
        raise EditorBeritaError(f"Cadangan {dest} tidak utuh: " + "; ".join(problems[:3]))
    print(f"Cadangan disimpan: {dest}")
    return 0


def restore_server_desk(args: argparse.Namespace) -> int:
    """``restore`` into a server desk: its current content is snapshotted first."""
    from editorberita.core.backup import check_backup
    from editorberita.core.domain import utcnow
    from editorberita.core.paths import backups_dir
    from editorberita.core.store import SCHEMA_HEAD, open_store
    from editorberita.core.store.moving import load_snapshot
    from editorberita.core.store.server import desk_location

    source = Path(args.file)
    check_backup(source)
    store = open_store(desk_location(args.db))
    try:
        safety = (backups_dir(store.db_path)
                  / f"{store.db_path.stem}-before-restore-{utcnow():%Y%m%d-%H%M%S}.sqlite3")
        store.backup_to(safety)
        report = load_snapshot(store, source, open_store, SCHEMA_HEAD)
    finally:
        store.close()
    print(f"Meja lama dicadangkan: {safety}")
    print(f"Meja {store.location} dipulihkan dari {source}: {report.describe()}.")
    return 0


def check_server_desk(args: argparse.Namespace) -> int:
    """``check`` of a server desk: its own consistency; exit 1 when something is wrong."""
    from editorberita.core.store import SCHEMA_HEAD, open_store
    from editorberita.core.store.dialect_postgresql import schema_version
    from editorberita.core.store.server import desk_location

    store = open_store(desk_location(args.db), run_migrations=False)
    try:
        version = schema_version(store.engine)
        problems = [] if version == SCHEMA_HEAD else [
            f"skema {version or 'kosong'}, bukan {SCHEMA_HEAD}"]
        problems += store.integrity_problems()
    finally:
        store.close()
    if problems:
        print(f"editorberita: meja {store.location} tidak utuh: " + "; ".join(problems[:5]),
              file=sys.stderr)
        return 1
    print("Meja utuh.")
    return 0
