"""Article templates per kind: news, press-release rewrite, agenda, photo story, advertorial.

A template pre-fills the body's structure and some fields with bracketed placeholders
("[Tulis teras berita di sini: ...]") that the pre-export check reports until they are
replaced. The teras is the body's first paragraph (the dateline opens it); the summary field
(``lead``) is optional and left empty.
Pure Python: may import ``core.domain``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from editorberita.core.domain import Article, Kind

ADVERTORIAL_LABEL = "Advertorial"

# A placeholder: "[Tulis ...]", "[Isi ...]", "[nama narasumber]" — square brackets whose text
# starts with one of the template's words, not followed by "(" (that would be a Markdown link).
PLACEHOLDER_WORDS = ("Tulis", "Isi", "Sebutkan", "Sisipkan", "Ganti", "nama", "jabatan", "hari",
                     "tempat", "instansi", "tanggal", "Nama", "Judul", "Kota")
_WORDS = "|".join(PLACEHOLDER_WORDS)
PLACEHOLDER = re.compile(rf"\[(?:{_WORDS})\b[^\]\n]*\](?!\()")


@dataclass(frozen=True)
class Template:
    """A starting point for a new article of one kind."""

    kind: Kind
    body: str
    fields: dict[str, str] = field(default_factory=dict)


_QUOTE = "“[Isi kutipan narasumber],” kata [nama narasumber], [jabatan]."

TEMPLATES: dict[Kind, Template] = {
    Kind.NEWS: Template(Kind.NEWS, body=(
        "[Tulis teras berita di sini: apa, siapa, kapan, di mana, mengapa, bagaimana.]\n\n"
        "[Tulis isi berita di sini, dari yang terpenting ke yang kurang penting.]\n\n"
        f"{_QUOTE}\n\n"
        "[Tulis latar belakang dan data pendukung di sini.]\n"),
        fields={"dateline": "[Kota]"}),
    Kind.PRESS_RELEASE: Template(Kind.PRESS_RELEASE, body=(
        "[Tulis ulang inti siaran pers di sini dengan kalimat redaksi sendiri.]\n\n"
        "[Tulis rincian program atau kebijakan: sasaran, anggaran, jadwal.]\n\n"
        f"{_QUOTE}\n\n"
        "[Tulis tanggapan pihak lain atau data pembanding di sini.]\n"),
        fields={"dateline": "[Kota]",
                "editor_note": "Sumber: siaran pers [instansi], [tanggal]. "
                               "Periksa angka dan nama sebelum tayang."}),
    Kind.AGENDA: Template(Kind.AGENDA, body=(
        "[Tulis ringkasan acara di sini: apa dan untuk siapa.]\n\n"
        "- **Waktu:** [hari, tanggal, pukul … WITA]\n"
        "- **Tempat:** [tempat dan alamat]\n"
        "- **Penyelenggara:** [nama penyelenggara]\n"
        "- **Biaya:** [Isi biaya atau “gratis”]\n"
        "- **Narahubung:** [nama dan nomor telepon]\n"),
        fields={"headline": "[Judul acara]"}),
    Kind.PHOTO: Template(Kind.PHOTO, body=(
        "[Tulis pengantar cerita foto di sini.]\n\n"
        "[Sisipkan foto 1]\n\n"
        "[Tulis keterangan foto 1: siapa, sedang apa, di mana, kapan.] "
        "(Foto: [nama pewarta foto])\n\n"
        "[Sisipkan foto 2]\n\n"
        "[Tulis keterangan foto 2.] (Foto: [nama pewarta foto])\n\n"
        "[Sisipkan foto 3]\n\n"
        "[Tulis keterangan foto 3.] (Foto: [nama pewarta foto])\n"),
        fields={"dateline": "[Kota]"}),
    Kind.ADVERTORIAL: Template(Kind.ADVERTORIAL, body=(
        "[Tulis isi advertorial di sini sesuai naskah dari pemasang.]\n\n"
        "[Tulis informasi produk, program atau layanan.]\n\n"
        "[Tulis ajakan dan kontak: alamat, telepon, situs.]\n"),
        fields={"editor_note": "Advertorial: label “Advertorial” dicantumkan otomatis di "
                               "setiap ekspor. Pemasang: [nama pemasang]."}),
    Kind.REPLY: Template(Kind.REPLY, body=(
        "[Tulis pengantar redaksi: hak jawab dari siapa, atas berita apa, tanggal tayang.]\n\n"
        "[Isi hak jawab sebagaimana disampaikan pihak yang dirugikan.]\n"),
        fields={"editor_note": "Hak jawab: tautkan ke berita aslinya (kolom “Hak jawab atas”); "
                               "kedua ekspor saling menautkan."}),
}


def new_article(kind: Kind, **fields: object) -> Article:
    """Return an unsaved article of ``kind`` pre-filled from its template (``fields`` win)."""
    template = TEMPLATES[Kind(kind)]
    values: dict[str, object] = {"kind": template.kind, "body": template.body,
                                 **template.fields}
    values.update(fields)
    return Article(**values)  # type: ignore[arg-type]  # template fields are Article field names


def placeholders(text: str) -> list[tuple[int, int, str]]:
    """Return (start, end, text) of every template placeholder left in ``text``."""
    return [(m.start(), m.end(), m.group()) for m in PLACEHOLDER.finditer(text)]


def label_for(article: Article) -> str:
    """Return the label every export must carry ("Advertorial"), or ""."""
    return ADVERTORIAL_LABEL if article.kind == Kind.ADVERTORIAL else ""
