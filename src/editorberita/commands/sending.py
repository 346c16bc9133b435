"""``editorberita site add|list|remove|test``, ``send`` and ``export --format wxr``.

cli.py registers the parsers (``add_parsers``) and the commands (``COMMANDS``) and hands
``export --format wxr`` to ``cmd_export_wxr``. Messages are Indonesian sentences, like the
rest of the command line. Passwords come from ``EDITORBERITA_SITE_PASSWORD``, else stdin
(``--password-stdin``), else a hidden prompt, and go to the OS keyring only.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Sequence

    from editorberita.core.domain import Article
    from editorberita.core.send.sites import SiteProfile
    from editorberita.core.store import ArticleStore


def add_parsers(sub: argparse._SubParsersAction, id_type) -> None:  # type: ignore[no-untyped-def]  # id_type: cli's argparse type callable
    """Add ``site`` and ``send`` to the command line."""
    p = sub.add_parser("site", help="situs WordPress tujuan kirim (tambah, daftar, hapus, uji)")
    site = p.add_subparsers(dest="site_command", metavar="AKSI", required=True)
    add = site.add_parser("add", help="tambah atau ubah situs")
    add.add_argument("name", metavar="NAMA")
    add.add_argument("--url", required=True, help="alamat situs (https://…)")
    add.add_argument("--user", required=True, metavar="LOGIN", help="nama pengguna WordPress")
    add.add_argument("--local", action="store_true",
                     help="situs di komputer ini (127.0.0.1/localhost): http:// diizinkan")
    add.add_argument("--password-stdin", action="store_true",
                     help="baca kata sandi aplikasi dari stdin")
    site.add_parser("list", help="daftar situs")
    rm = site.add_parser("remove", help="hapus situs (dan kata sandinya dari gantungan kunci)")
    rm.add_argument("name", metavar="NAMA")
    test = site.add_parser("test", help="uji sambungan, kata sandi dan hak pengguna")
    test.add_argument("name", metavar="NAMA")

    p = sub.add_parser("send", help="kirim artikel ke situs WordPress (draf, bawaan)")
    p.add_argument("--site", metavar="NAMA", help="nama situs (lihat “site list”)")
    p.add_argument("--id", type=id_type, action="append", dest="ids", metavar="N",
                   help="nomor artikel (boleh diulang)")
    p.add_argument("--status", choices=("draft", "pending", "publish"), default="draft",
                   help="status pos di situs (bawaan: draft)")
    p.add_argument("--outbox", action="store_true",
                   help="kirim sekarang semua artikel yang menunggu di kotak keluar")


def _password(args: argparse.Namespace) -> str:
    from editorberita.core.send.sites import PASSWORD_ENV

    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if args.password_stdin:
        return sys.stdin.readline().strip()
    if sys.stdin.isatty():
        import getpass  # only this command asks: the window's start does not load it

        return getpass.getpass("Kata sandi aplikasi WordPress: ").strip()
    return ""


def cmd_site(args: argparse.Namespace) -> int:
    """Manage site profiles."""
    from editorberita.core.send import sites

    if args.site_command == "list":
        found = sites.load_sites()
        if not found:
            print("Belum ada situs. Tambah dengan: editorberita site add NAMA --url URL "
                  "--user LOGIN")
        for profile in found.values():
            local = " (lokal)" if profile.local else ""
            print(f"{profile.name}\t{profile.url}\t{profile.user}{local}")
        return 0
    if args.site_command == "remove":
        if not sites.remove_site(args.name):
            raise sites.SiteError(f"Situs “{args.name}” tidak dikenal.")
        print(f"Situs {args.name} dihapus (pos yang sudah terkirim tetap ada di situsnya).")
        return 0
    if args.site_command == "test":
        return _test_site(sites.get_site(args.name))
    old = sites.load_sites().get(args.name)
    profile = sites.SiteProfile(args.name, args.url, args.user, args.local,
                                old.api_root if old and old.url == args.url else "")
    profile.check()
    password = _password(args)
    sites.put_site(profile)
    print(f"Situs {profile.name} disimpan ({profile.url}, pengguna {profile.user}).")
    if password and not os.environ.get(sites.PASSWORD_ENV):
        if sites.store_password(profile, password):
            print("Kata sandi aplikasi disimpan di gantungan kunci sistem.")
        else:
            print(f"editorberita: gantungan kunci sistem tidak tersedia; kata sandi TIDAK "
                  f"disimpan. Setel {sites.PASSWORD_ENV} saat mengirim.", file=sys.stderr)
    return 0


def _test_site(profile: SiteProfile) -> int:
    from dataclasses import replace

    from editorberita.core.send import sites
    from editorberita.core.send.wordpress import WordPressClient

    client = WordPressClient(profile, sites.password_for(profile))
    root = client.discover()
    user = client.me()
    sites.put_site(replace(profile, api_root=root))
    can = {cap: "ya" if client.can(user, cap) else "tidak"
           for cap in ("publish_posts", "upload_files", "manage_categories")}
    print(f"Situs {profile.name}: REST API di {root}")
    print(f"Masuk sebagai {user.get('name') or profile.user}; boleh terbit: "
          f"{can['publish_posts']}, unggah gambar: {can['upload_files']}, buat kategori: "
          f"{can['manage_categories']}")
    return 0


def cmd_send(args: argparse.Namespace, open_store: Callable[..., Any],
             printable: Callable[[object], str]) -> int:
    """Send articles (or the outbox); exit 1 when any waits in the outbox.

    ``open_store`` and ``printable`` are cli.py's (the writers' lock, escaped output), handed
    in so this module does not import cli.py back.
    """
    from editorberita.core.send import outbox
    from editorberita.core.send.sites import SiteError

    if not args.outbox and not (args.site and args.ids):
        raise SiteError("sebutkan --site NAMA dan --id N (atau --outbox)")
    ok = True
    with open_store(args, write=True) as store:
        attempts = []
        if args.outbox:
            summary = outbox.flush(store, due_only=False)
            attempts = summary.sent + summary.waiting
            if not attempts:
                print("Kotak keluar kosong.")
        if args.site and args.ids:
            for article_id in args.ids:
                attempts.append(outbox.send_or_queue(store, args.site, article_id,
                                                     args.status))
        for attempt in attempts:
            if attempt.result is not None:
                r = attempt.result
                verb = "dibuat" if r.created else "diperbarui"
                print(f"Artikel #{r.article_id} terkirim ke {attempt.site}: pos #{r.post_id} "
                      f"{verb} ({r.status}), {r.uploaded} gambar diunggah. {r.link}")
                for warning in r.warnings:
                    print(f"editorberita: peringatan: {printable(warning)}", file=sys.stderr)
            else:
                ok = False
                print(f"editorberita: artikel #{attempt.article_id} menunggu di kotak keluar "
                      f"untuk {attempt.site}: {printable(attempt.error)}", file=sys.stderr)
    return 0 if ok else 1


def cmd_export_wxr(args: argparse.Namespace, store: ArticleStore,
                   articles: Sequence[Article]) -> int:
    """Write one WXR file of the chosen articles (``--out`` a file, or a folder for it)."""
    from editorberita.core.domain import utcnow
    from editorberita.core.send.wxr import write_wxr

    out = Path(args.out)
    if out.is_dir():
        out = out / f"editorberita-{utcnow():%Y%m%d-%H%M%S}.wxr.xml"
    result = write_wxr(store, articles, out, site=getattr(args, "site", None))
    for note in result.notes:
        print(f"editorberita: catatan: {note}", file=sys.stderr)
    print(f"WXR {out}: {result.posts} artikel, {result.attachments} gambar.")
    return 0

