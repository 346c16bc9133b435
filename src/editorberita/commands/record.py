"""CLI commands of the newsroom's record (issue 16): ``ralat``, ``kredit`` and ``profil``.

``ralat 12 "Jumlah korban yang benar 12 orang."`` records a correction (and turns a published
story into "Ralat"); ``kredit 12 --editor Ahmad --inisial-editor ed`` sets the credits, the
verification flag and the right-of-reply link; ``profil --nama ...`` sets the publisher the
page's structured data names. Messages are Indonesian like the rest of the CLI. Never Qt.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editorberita.core.store import ArticleStore

StoreOpener = Callable[..., "object"]


def add_parsers(sub: argparse._SubParsersAction, article_id: Callable[[str], int]) -> None:
    """Add the record's subcommands to the CLI's parser."""
    p = sub.add_parser("ralat", help="tambahkan ralat pada artikel (dicetak di setiap ekspor)")
    p.add_argument("id", type=article_id, metavar="N", help="nomor artikel")
    p.add_argument("teks", metavar="TEKS", help="isi ralat: apa yang keliru dan yang benar")
    p.add_argument("--oleh", default="", metavar="NAMA", help="yang membuat ralat")
    p.add_argument("--waktu", type=datetime.fromisoformat, metavar="ISO",
                   help="waktu ralat, mis. 2024-07-23T15:10+08:00 (bawaan: sekarang)")

    p = sub.add_parser("kredit", help="atur penulis, editor, inisial, verifikasi, hak jawab")
    p.add_argument("id", type=article_id, metavar="N", help="nomor artikel")
    p.add_argument("--penulis", metavar="NAMA", help="nama penulis")
    p.add_argument("--inisial", metavar="rw", help="inisial penulis")
    p.add_argument("--editor", metavar="NAMA", help="nama editor")
    p.add_argument("--inisial-editor", metavar="ed", help="inisial editor")
    flag = p.add_mutually_exclusive_group()
    flag.add_argument("--belum-terverifikasi", dest="unverified", action="store_true",
                      default=None, help="cetak “Berita ini masih memerlukan verifikasi lebih "
                                         "lanjut.”")
    flag.add_argument("--terverifikasi", dest="unverified", action="store_false",
                      help="hapus catatan verifikasi")
    p.add_argument("--hak-jawab-atas", type=int, metavar="N",
                   help="jadikan hak jawab atas artikel N (0: lepas tautan)")

    p = sub.add_parser("profil", help="profil media untuk data terstruktur (penerbit)")
    p.add_argument("--nama", help="nama media")
    p.add_argument("--situs", help="alamat situs, mis. https://contoh.id/")
    p.add_argument("--logo", help="alamat logo")


def cmd_ralat(store: ArticleStore, args: argparse.Namespace) -> str:
    """Record a correction; a published story becomes "Ralat". Return the line to print."""
    from editorberita.core.domain import Status

    article = store.get_article(args.id)
    when = args.waktu
    if when is not None and when.tzinfo is None:
        when = when.replace(tzinfo=article.zone.tzinfo)  # a time typed without zone: the desk's
    correction = store.add_correction(article.id or 0, args.teks, args.oleh, when=when)
    if article.status == Status.PUBLISHED:
        store.save_article(article.copy(status=Status.CORRECTED), revision_reason="ralat")
    return f"Artikel #{article.id}: {correction.line()}"


def cmd_kredit(store: ArticleStore, args: argparse.Namespace) -> str:
    """Set credits, verification flag and right-of-reply link. Return the line to print."""
    from editorberita.core.credits import credit_initials, credit_line
    from editorberita.core.domain import EditorBeritaError, Kind

    article = store.get_article(args.id)
    changes: dict[str, object] = {}
    for option, name in (("penulis", "byline"), ("inisial", "initials"), ("editor", "editor"),
                         ("inisial_editor", "editor_initials")):
        value = getattr(args, option)
        if value is not None:
            changes[name] = " ".join(value.split())
    if args.unverified is not None:
        changes["unverified"] = args.unverified
    if args.hak_jawab_atas is not None:
        if args.hak_jawab_atas == article.id:
            raise EditorBeritaError("Artikel tidak bisa menjadi hak jawab atas dirinya sendiri.")
        if args.hak_jawab_atas:
            store.get_article(args.hak_jawab_atas)  # NotFoundError names it
            changes.update(reply_to_id=args.hak_jawab_atas, kind=Kind.REPLY)
        else:
            changes["reply_to_id"] = None
    if changes:
        article = store.save_article(article.copy(**changes), revision_reason="kredit")
    shown = credit_line(article) or "tanpa penulis dan editor"
    return f"Artikel #{article.id}: {shown} ({credit_initials(article) or '-'})"


def cmd_profil(store: ArticleStore, args: argparse.Namespace) -> str:
    """Set (or show) the desk profile. Return the lines to print."""
    values = {k: v for k, v in (("name", args.nama), ("url", args.situs), ("logo", args.logo))
              if v is not None}
    if values:
        store.set_desk_profile(**values)
    profile = store.desk_profile()
    return "\n".join(f"{label}: {profile[key] or '-'}" for key, label in
                     (("name", "nama"), ("url", "situs"), ("logo", "logo")))


WRITERS = {"ralat": cmd_ralat, "kredit": cmd_kredit}
#: ``profil`` without options only reads; with them it writes.
ALL = {**WRITERS, "profil": cmd_profil}
