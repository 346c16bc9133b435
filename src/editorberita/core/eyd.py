"""EYD V checks the desk misses: each rule has a code, its own message and a link to its text.

Ejaan yang Disempurnakan, fifth edition (EYD V, Badan Bahasa 2022) is the spelling standard
of Indonesian; the rules here are the ones copy desks most often let through:

- ``eyd_weekday``: the weekday matches the date, in "Selasa (23/7/2024)" and
  "Selasa, 23 Juli 2024" (exact: Python's calendar; a date that does not exist is reported).
- ``eyd_di_ke``: *di*/*ke* as prepositions are written apart ("di sana", "ke kantor"), as
  prefixes joined ("dilakukan", "ketiga"): common pairs, from lists (never guessed).
- ``eyd_sentence_digits``: a sentence does not start with digits.
- ``eyd_small_number``: one to nine are words in running text ("tiga rumah"), except with
  units, money, dates, times, numbering and series.
- ``eyd_thousands``: thousands are separated with a point ("50.000", "Rp1.500.000").
- ``eyd_rupiah``: "Rp" is written so, before the amount, with no ",-" after it.
- ``eyd_tapi``: *tapi* is the informal form of *tetapi* (a style hint; quotations keep it).

Each rule works on text whose code and markup are already masked (``core.checks``), so
offsets are those of the field. The precision of every rule is measured on labelled
sentences in ``tests/data/eyd/`` (tests/core/test_eyd.py). A finding's text is a ``Message``
(``core.messages``: "eyd.cited", the rule's own sentence and the address of its text), worded
by the window in the interface language. Pure Python: standard library and ``core.messages``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from editorberita.core.messages import Message, message

EYD = "https://ejaan.kemdikbud.go.id/eyd"
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
NUMBER_WORDS = ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")


@dataclass(frozen=True)
class Rule:
    """One EYD rule: its code, a short name for the desk and the address of its text."""

    code: str
    name: str
    url: str


RULES = {r.code: r for r in (
    Rule("eyd_weekday", "Hari dan tanggal", f"{EYD}/tanda-baca/tanda-koma/"),
    Rule("eyd_di_ke", "Kata depan dan imbuhan di/ke", f"{EYD}/penulisan-kata/kata-depan/"),
    Rule("eyd_sentence_digits", "Kalimat diawali angka",
         f"{EYD}/penulisan-kata/bilangan/"),
    Rule("eyd_small_number", "Bilangan satu sampai sembilan", f"{EYD}/penulisan-kata/bilangan/"),
    Rule("eyd_thousands", "Pemisah ribuan", f"{EYD}/tanda-baca/tanda-titik/"),
    Rule("eyd_rupiah", "Penulisan Rp", f"{EYD}/penulisan-kata/singkatan-dan-akronim/"),
    Rule("eyd_tapi", "Tapi dan tetapi (saran gaya)", "https://kbbi.kemdikbud.go.id/entri/tapi"),
)}


@dataclass(frozen=True)
class Finding:
    """One EYD rule broken at start..end of a text."""

    code: str
    start: int
    end: int
    message: Message

    @property
    def url(self) -> str:
        """Return the address of the rule's text."""
        return RULES[self.code].url


def _finding(code: str, start: int, end: int, said: Message) -> Finding:
    return Finding(code, start, end, message("eyd.cited", finding=said, url=RULES[code].url))


# ------------------------------------------------------------------ weekday


_DAY = r"(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Jum’at|Sabtu|Minggu|Ahad)"
_NUMERIC_DATE = re.compile(rf"\b{_DAY}\s*\(\s*(\d{{1,2}})/(\d{{1,2}})/(\d{{4}}|\d{{2}})\s*\)")
_MONTH_WORDS = "|".join(MONTHS) + "|Agustus|Nopember|Pebruari"
_WORD_DATE = re.compile(rf"\b{_DAY}\s*,?\s+(?:tanggal\s+)?(\d{{1,2}})\s+({_MONTH_WORDS})"
                        rf"\s+(\d{{4}})\b")
_MONTH_NUMBER = {**{m.lower(): i for i, m in enumerate(MONTHS, 1)}, "nopember": 11,
                 "pebruari": 2}


def _day_index(name: str) -> int:
    name = name.replace("'", "").replace("’", "")
    return 6 if name == "Ahad" else DAYS.index(name)


def weekday_of(year: int, month: int, day: int) -> str | None:
    """Return the Indonesian weekday of a date, or None when the date does not exist."""
    try:
        return DAYS[date(year, month, day).weekday()]
    except ValueError:
        return None


def _weekday(text: str) -> Iterator[Finding]:
    for pattern in (_NUMERIC_DATE, _WORD_DATE):
        for m in pattern.finditer(text):
            day_name, day, month, year = m.group(1), int(m.group(2)), m.group(3), m.group(4)
            number = int(month) if month.isdigit() else _MONTH_NUMBER[month.lower()]
            full_year = int(year) + 2000 if len(year) == 2 else int(year)
            right = weekday_of(full_year, number, day)
            shown = m.group()[len(day_name):].strip(" ,")
            if right is None:
                yield _finding("eyd_weekday", m.start(), m.end(),
                               message("eyd.no_such_date", date=shown))
            elif _day_index(day_name) != DAYS.index(right):
                yield _finding("eyd_weekday", m.start(1), m.end(1),
                               message("eyd.wrong_weekday", date=shown, right=right,
                                       day=day_name))


# ------------------------------------------------------------------ di / ke

# Prepositions written joined: "disana" → "di sana". Places and directions only: "dimana"
# as a question word is "di mana" too. "keluar", "kedalaman", "diantaranya" are words.
_PLACES = ("sana", "sini", "situ", "mana", "atas", "bawah", "depan", "belakang", "samping",
           "dalam", "antara", "tengah", "sekitar", "rumah", "kantor", "jalan", "pasar",
           "sekolah", "kampus", "masjid", "gedung", "lokasi", "kota", "desa", "kampung",
           "lapangan", "sungai", "pelabuhan", "bandara", "hotel", "sebelah", "seberang",
           "pinggir", "tepi", "ujung", "luar", "kediaman")
# "keluar" is a verb ("to go out"); "dibalik" (flipped) is left out for the same reason.
_KE_PLACES = tuple(p for p in _PLACES if p not in ("antara", "luar"))
_JOINED_DI = re.compile(rf"\b([Dd]i)({'|'.join(p for p in _PLACES if ' ' not in p)})\b")
_JOINED_KE = re.compile(rf"\b([Kk]e)({'|'.join(p for p in _KE_PLACES if ' ' not in p)})\b")
# Prefixes written apart: "di lakukan" → "dilakukan". Common passive verbs of news prose.
_VERBS = ("lakukan", "laksanakan", "sampaikan", "tangkap", "gelar", "bangun", "jual", "beli",
          "buat", "kirim", "ambil", "periksa", "tetapkan", "umumkan", "laporkan", "lantik",
          "resmikan", "tahan", "temukan", "berikan", "serahkan", "gunakan", "tutup", "buka",
          "tunda", "batalkan", "duga", "sebut", "nilai", "minta", "harapkan", "rencanakan",
          "selidiki", "hadiri", "ikuti", "dampingi", "kunjungi", "awasi", "evakuasi",
          "amankan", "bawa", "tanggapi", "pimpin", "tinjau", "bahas", "catat", "tulis",
          "pindahkan", "perbaiki", "salurkan", "bagikan", "terima", "tolak", "setujui",
          "usulkan", "jelaskan", "ungkapkan", "katakan", "perkirakan", "targetkan",
          "anggarkan", "luncurkan", "tayangkan", "terbitkan", "bongkar", "segel", "razia",
          "vonis", "tuntut", "dakwa", "periksakan", "rawat", "makamkan", "kuburkan")
_APART_DI = re.compile(rf"\b([Dd]i) ({'|'.join(_VERBS)})\b")
_ORDINALS = ("dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
             "sebelas", "seratus", "seribu")
_APART_KE = re.compile(
    rf"(?:\b(?:[Yy]ang|hari|tahun|tahap|putaran|babak|pekan|bulan|urutan|peringkat|jilid"
    rf"|angkatan|generasi|periode|abad|sesi|gelombang|kloter|laga|pertemuan|edisi) )"
    rf"(ke) ({'|'.join(_ORDINALS)})\b|\b(ke) ({'|'.join(_ORDINALS)})(?= kalinya\b)")


def _di_ke(text: str) -> Iterator[Finding]:
    for m in _JOINED_DI.finditer(text):
        yield _finding("eyd_di_ke", m.start(), m.end(),
                       message("eyd.di_apart", words=f"{m.group(1)} {m.group(2)}"))
    for m in _JOINED_KE.finditer(text):
        yield _finding("eyd_di_ke", m.start(), m.end(),
                       message("eyd.ke_apart", words=f"{m.group(1)} {m.group(2)}"))
    for m in _APART_DI.finditer(text):
        yield _finding("eyd_di_ke", m.start(), m.end(),
                       message("eyd.di_joined", word=f"{m.group(1)}{m.group(2)}"))
    for m in _APART_KE.finditer(text):
        group = 1 if m.group(1) else 3
        yield _finding("eyd_di_ke", m.start(group), m.end(group + 1),
                       message("eyd.ke_joined", word=f"{m.group(group)}{m.group(group + 1)}"))


# ---------------------------------------------------------- numbers in text

# Abbreviations ending in a point that a number may follow ("No. 5", "Rp. 5"): no sentence end.
_ABBREVIATIONS = ("No", "no", "Rp", "Jl", "Jln", "Hlm", "hlm", "Kec", "Kab", "Tel", "Telp",
                  "Pkl", "pkl", "Ps", "Gg", "Blok", "Kel", "Prov", "Kav", "RT", "RW", "Vol",
                  "St", "dr", "Dr", "Ir", "H", "Hj", "Prof", "Ny", "Tn", "Sdr", "a.n", "u.p")
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?…])[ \t]+|(?<=[.!?]”)[ \t]+)[“\"(]?(\d[\d.,]*)",
                             re.MULTILINE)
_LIST_LINE = re.compile(r"^[ \t]*(?:\d{1,9}[.)][ \t]|[-*+][ \t]|#)")


def _sentence_digits(text: str) -> Iterator[Finding]:
    for m in _SENTENCE_START.finditer(text):
        line_start = text.rfind("\n", 0, m.start(1)) + 1
        if _LIST_LINE.match(text, line_start) and text[line_start:m.start(1)].strip() == "":
            continue  # a numbered list item, not a sentence
        before = text[line_start:m.start(1)].rstrip(" \t“\"(")
        if before and re.search(rf"\b(?:{'|'.join(map(re.escape, _ABBREVIATIONS))})\.$", before):
            continue
        if before and re.search(r"\b[A-Z]\.$|\d\.$", before):
            continue  # an initial ("M. 5"), or a number's own point
        yield _finding("eyd_sentence_digits", m.start(1), m.end(1),
                       message("eyd.sentence_digits"))


_UNITS = ("persen", "kg", "kilogram", "gram", "g", "ton", "km", "kilometer", "meter", "m",
          "cm", "mm", "ha", "hektare", "hektar", "liter", "l", "ml", "mg", "derajat", "volt",
          "watt", "kWh", "MW", "GB", "MB", "jam", "menit", "detik", "sks", "inci", "kali",
          "x", "kWp", "knot", "mil", "SR", "tahun", "bulan", "hari", "pekan", "minggu")
_NUMBERING_BEFORE = ("nomor", "no", "pasal", "ayat", "bab", "butir", "lantai", "kamar", "jalur",
                     "pukul", "jam", "tanggal", "rt", "rw", "gang", "gg", "blok", "km", "ke",
                     "kelas", "tingkat", "level", "golongan", "zona", "sektor", "tahap",
                     "gelombang", "jilid", "halaman", "hlm", "skor", "nilai", "nomor urut",
                     "peringkat", "posisi", "seri", "versi", "kode", "pos", "siaga", "pintu",
                     "gate", "terminal", "dermaga", "lajur", "lot", "unit", "tipe", "rp", "sila",
                     "babak", "game", "set", "ronde", "grup", "putaran", "pekan", "hari")
_SCALES = ("ribu", "juta", "miliar", "triliun", "setengah")  # "2 miliar" is how EYD writes it
_SMALL = re.compile(r"(?<![\w.,/:\-+()])([1-9])(?![\w.,/:%\-+])(?:\s+(\S+))?")


def _small_number(text: str) -> Iterator[Finding]:
    months = {m.lower() for m in MONTHS}
    for m in _SMALL.finditer(text):
        after = (m.group(2) or "").strip(".,;:!?)”\"").lower()
        before_text = text[max(0, m.start() - 30):m.start()]
        before_words = re.findall(r"[\w.]+", before_text.lower())
        before = before_words[-1].rstrip(".") if before_words else ""
        if not after or after in months or after in _SCALES or after in {u.lower() for u in _UNITS}:
            continue
        if before in _NUMBERING_BEFORE or after.startswith(("%", "°")):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not text[line_start:m.start()].strip(" \t“\"(") or re.search(
                r"[.!?]”?\s*$", text[line_start:m.start()]):
            continue  # at a sentence start: eyd_sentence_digits says it
        sentence_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()))
        sentence_end = min(x for x in (text.find(". ", m.end()), text.find("\n", m.end()),
                                       len(text)) if x >= 0)
        others = re.findall(r"(?<![\w.,])\d[\d.,]*", text[sentence_start + 1:m.start()] +
                            " " + text[m.end():sentence_end])
        if others:
            continue  # a series or a comparison of numbers keeps digits ("5 dari 12")
        if after.isdigit() or after in ("dan", "atau", "sampai", "hingga", "-", "–", "x"):
            continue
        word = NUMBER_WORDS[int(m.group(1)) - 1]
        yield _finding("eyd_small_number", m.start(1), m.end(1),
                       message("eyd.small_number", word=word))


# ------------------------------------------------------- thousands, rupiah

_NO_SEPARATOR = re.compile(r"(?<![\w.,/:\-+#])([1-9]\d{4,})(?![\w.,/:\-])")
_RP_PLAIN = re.compile(r"\b(?:Rp|RP|rp)\.?\s?(\d{4,})(?![\d.]|,\d)")
_COMMA_THOUSANDS = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+)(?![\d,]|\.\d)")
_RP_WRONG_CASE = re.compile(r"\b(RP|rp|rP)\.?\s?(?=\d)")
_RP_DASH = re.compile(r"\b(?:Rp|RP|rp)\.?\s?\d[\d.]*(,-)")
_RP_AFTER = re.compile(r"(?<![\w.,])\d[\d.,]*\s?(Rp)\b(?!\.?\s?\d)")
_CODE_BEFORE = ("nomor", "no", "nip", "nik", "npwp", "kode", "telepon", "telp", "tel", "hp",
                "wa", "rekening", "rek", "nrp", "nim", "nisn", "resi", "pos", "isbn", "sk",
                "perkara", "register", "seri", "id", "kamar", "km")


def _thousands(text: str) -> Iterator[Finding]:
    for m in _NO_SEPARATOR.finditer(text):
        words = re.findall(r"[\w]+", text[max(0, m.start() - 30):m.start()].lower())
        if set(words[-3:]) & set(_CODE_BEFORE):  # "nomor perkara itu 12345"
            continue
        digits = m.group(1)
        grouped = f"{int(digits):,}".replace(",", ".")
        yield _finding("eyd_thousands", m.start(1), m.end(1),
                       message("eyd.thousands_point", number=grouped))
    for m in _RP_PLAIN.finditer(text):
        grouped = f"{int(m.group(1)):,}".replace(",", ".")
        yield _finding("eyd_thousands", m.start(1), m.end(1),
                       message("eyd.thousands_point", number=f"Rp{grouped}"))
    for m in _COMMA_THOUSANDS.finditer(text):
        words = re.findall(r"[\w]+", text[max(0, m.start() - 20):m.start()].lower())
        if words and words[-1] in _CODE_BEFORE:
            continue
        yield _finding("eyd_thousands", m.start(1), m.end(1),
                       message("eyd.thousands_not_comma", number=m.group(1).replace(",", ".")))


def _rupiah(text: str) -> Iterator[Finding]:
    for m in _RP_WRONG_CASE.finditer(text):
        yield _finding("eyd_rupiah", m.start(1), m.end(1),
                       message("eyd.rupiah_case"))
    for m in _RP_DASH.finditer(text):
        yield _finding("eyd_rupiah", m.start(1), m.end(1),
                       message("eyd.rupiah_dash"))
    for m in _RP_AFTER.finditer(text):
        yield _finding("eyd_rupiah", m.start(1), m.end(1),
                       message("eyd.rupiah_before"))


# ---------------------------------------------------------------- tapi

_TAPI = re.compile(r"\b([Tt]api)\b")
_OPEN_QUOTE = "“\""


def _inside_quotes(text: str, position: int) -> bool:
    line_start = text.rfind("\n", 0, position) + 1
    before = text[line_start:position]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _tapi(text: str) -> Iterator[Finding]:
    for m in _TAPI.finditer(text):
        if _inside_quotes(text, m.start()):
            continue  # a source's own words are quoted as said
        word = "Tetapi" if m.group(1)[0] == "T" else "tetapi"
        yield _finding("eyd_tapi", m.start(1), m.end(1),
                       message("eyd.tapi", formal=word, word=m.group(1)))


RULE_FUNCTIONS: dict[str, Callable[[str], Iterator[Finding]]] = {
    "eyd_weekday": _weekday, "eyd_di_ke": _di_ke, "eyd_sentence_digits": _sentence_digits,
    "eyd_small_number": _small_number, "eyd_thousands": _thousands, "eyd_rupiah": _rupiah,
    "eyd_tapi": _tapi,
}


def findings(text: str, rules: tuple[str, ...] | None = None) -> list[Finding]:
    """Return the EYD findings of a text (code and markup already masked), by position."""
    found: list[Finding] = []
    for code, function in RULE_FUNCTIONS.items():
        if rules is None or code in rules:
            found.extend(function(text))
    return sorted(found, key=lambda f: (f.start, f.code))
