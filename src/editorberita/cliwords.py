"""argparse in Indonesian: the words Python's argparse prints ("usage", "options", errors).

argparse marks its messages for gettext but Python ships no Indonesian catalogue, so a desk
editor typing ``editorberita --help`` read "usage", "positional arguments" and "show this help
message and exit" around our Indonesian help. ``install`` points argparse's two lookup functions
(module globals it calls at run time) at this table; a message not in it stays as argparse
wrote it. Call it before building a parser: group titles are looked up at construction. No Qt.
"""

from __future__ import annotations

import argparse

ARGPARSE_ID: dict[str, str] = {
    "usage: ": "penggunaan: ",
    "positional arguments": "argumen",
    "options": "opsi",
    "optional arguments": "opsi",
    "subcommands": "perintah",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "%(prog)s: error: %(message)s\n": "%(prog)s: kesalahan: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "one of the arguments %s is required": "salah satu argumen ini wajib diisi: %s",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "ignored explicit argument %r": "argumen %r diabaikan",
    "expected one argument": "perlu satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "expected at least one argument": "perlu sedikitnya satu nilai",
    "ambiguous option: %(option)s could match %(matches)s":
        "opsi %(option)s tidak jelas: bisa berarti %(matches)s",
    "unexpected option string: %s": "opsi tidak terduga: %s",
    "invalid %(type)s value: %(value)r": "nilai %(value)r tidak sah",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "pilihan %(value)r tidak ada (pilih salah satu: %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "perintah %(parser_name)r tidak dikenal (pilihan: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "'%(filename)s' tidak bisa dibuka: %(error)s",
    "expected %s argument": "perlu %s nilai",
    "expected %s arguments": "perlu %s nilai",
}


def translate(message: str) -> str:
    """Return the Indonesian for one argparse message (the message itself when unknown)."""
    return ARGPARSE_ID.get(message, message)


def ntranslate(singular: str, plural: str, count: int) -> str:
    """The plural-aware lookup argparse uses for counted messages."""
    return translate(singular if count == 1 else plural)


def install() -> None:
    """Make argparse speak Indonesian in this process (idempotent)."""
    argparse._ = translate  # type: ignore[attr-defined]  # argparse's private gettext hook
    argparse.ngettext = ntranslate  # type: ignore[attr-defined]  # typeshed omits it too
