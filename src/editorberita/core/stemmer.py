"""Indonesian affixes: the possible roots of a derived word, and a stemmer built on them.

One place for Indonesian morphology, used twice: the spell checker accepts a derived form of a
known root that the Hunspell dictionary does not list ("difokuskan", "antarkecamatan"), and
search indexes and queries roots, so "mengungsi" finds "pengungsian" (a server desk, which has
no root index, asks for the forms of the root instead: ``derived_forms``). The rules follow the
prefix and suffix classes of the LibreOffice ``id_ID.aff`` (particles -lah/-kah/-tah/-pun,
possessives -ku/-mu/-nya, suffixes -i/-kan/-an; prefixes di-, ke-, se-, ber-, ter-, me(N)-,
pe(N)-, per- with the nasal changes meny-→s, mem-→p, men-→t, meng-→k, and the bound forms
antar-, pasca-, pra-, non- written joined) in the spirit of the Nazief–Adriani stemmer: strip
from the outside in and stop at the first candidate that is a known root. Pure Python.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from editorberita.core.paths import resource

MIN_ROOT = 3  # shorter "roots" ("an", "ku") would make almost anything a word
_PARTICLES = ("lah", "kah", "tah", "pun")
_POSSESSIVES = ("nya", "ku", "mu")
_SUFFIXES = ("kan", "an", "i")
# Bound forms written joined to the next word (KBBI/EYD): "antarkecamatan", "pascabanjir".
_BOUND = ("antar", "pasca", "pra", "non", "swa", "multi", "lintas", "purna", "semi", "sub")
_VOWEL = "aeiou"
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _strip_suffixes(word: str) -> Iterator[str]:
    """Yield ``word`` and the forms with its particle, possessive and suffix taken off."""
    forms = [word]
    for group in (_PARTICLES, _POSSESSIVES, _SUFFIXES):
        added = []
        for form in forms:
            for ending in group:
                if form.endswith(ending) and len(form) - len(ending) >= MIN_ROOT:
                    added.append(form[:-len(ending)])
        forms.extend(added)
    seen: set[str] = set()
    for form in forms:
        if form not in seen:
            seen.add(form)
            yield form


def _strip_prefix(word: str) -> Iterator[str]:
    """Yield the forms of ``word`` with one prefix taken off (with the nasal restored)."""
    def rest(prefix: str) -> str | None:
        tail = word[len(prefix):]
        return tail if word.startswith(prefix) and len(tail) >= MIN_ROOT else None

    for bound in _BOUND:
        if (tail := rest(bound)) is not None:
            yield tail.lstrip("-")
    for simple in ("di", "ke", "se", "ku", "kau"):
        if (tail := rest(simple)) is not None:
            yield tail
    for prefix in ("ber", "ter", "per"):
        if (tail := rest(prefix)) is not None:
            yield tail
    for prefix in ("be", "te", "pe"):  # ber- before r ("berencana"), bel- ("belajar")
        if (tail := rest(prefix)) is not None:
            yield tail
            if tail.startswith("l"):
                yield tail[1:]
    for nasal in ("me", "pe"):
        if (tail := rest(nasal + "ny")) is not None and tail[0] in _VOWEL:
            yield "s" + tail                    # menyusun → susun
        if (tail := rest(nasal + "ng")) is not None:
            if tail.startswith("e") and len(tail) > MIN_ROOT:
                yield tail[1:]                  # mengecat → cat
            yield tail                          # mengambil → ambil
            if tail[0] in _VOWEL:
                yield "k" + tail                # mengirim → kirim
        if (tail := rest(nasal + "m")) is not None:
            yield tail                          # membaca → baca
            if tail[0] in _VOWEL:
                yield "p" + tail                # memukul → pukul
        if (tail := rest(nasal + "n")) is not None:
            yield tail                          # mendengar → dengar
            if tail[0] in _VOWEL:
                yield "t" + tail                # menulis → tulis
        if (tail := rest(nasal)) is not None and tail[0] in "lrwy":
            yield tail                          # melihat → lihat


def root_candidates(word: str, depth: int = 2) -> Iterator[str]:
    """Yield possible roots of a lowercase word, least stripped first (the word itself first).

    Up to ``depth`` prefixes come off ("memperbaiki" → "perbaiki" → "baik"); suffixes come off
    once each, outermost first. Candidates repeat; callers stop at the first known one.
    """
    yield word
    for form in _strip_suffixes(word):
        if form != word:
            yield form
    frontier = [word]
    for _ in range(depth):
        nxt = []
        for form in frontier:
            for base in _strip_prefix(form):
                nxt.append(base)
                yield from _strip_suffixes(base)
        frontier = nxt


def find_root(word: str, known: Callable[[str], bool]) -> str | None:
    """Return the first root of ``word`` that ``known`` accepts, or None (any case in)."""
    word = word.lower()
    for candidate in root_candidates(word):
        if len(candidate) >= MIN_ROOT and known(candidate):
            return candidate
    return None


@lru_cache(maxsize=1)
def dictionary_roots(folder: Path | None = None) -> frozenset[str]:
    """Return the lowercase stems of the bundled Hunspell dictionary and the seed list."""
    folder = folder or resource("dictionaries")
    roots: set[str] = set()
    dic = folder / "id_ID.dic"
    for number, line in enumerate(dic.read_text(encoding="latin-1").splitlines()):
        stem = line.split("/", 1)[0].strip()
        if number and stem and stem.isalpha():
            roots.add(stem.lower())
    seed = folder / "redaksi.txt"
    if seed.exists():
        for line in seed.read_text(encoding="utf-8").splitlines():
            stem = line.split("#", 1)[0].strip()
            if stem:
                roots.add(stem.lower())
    return frozenset(roots)


class Stemmer:
    """Map words to their roots with the dictionary's stems (cached per word).

    A word with no known root stays as it is (lowercased), so names and new words still match
    themselves exactly.
    """

    def __init__(self, roots: frozenset[str] | None = None) -> None:
        self._roots = dictionary_roots() if roots is None else roots
        self._cache: dict[str, str] = {}

    def stem(self, word: str) -> str:
        """Return the root of one word."""
        lower = word.lower()
        found = self._cache.get(lower)
        if found is None:
            if "-" in lower:  # "kerja-kerja", "bertanya-tanya": the first part's root
                lower = lower.split("-", 1)[0] or lower
            found = find_root(lower, self._roots.__contains__) or lower
            if len(self._cache) < 200_000:
                self._cache[word.lower()] = found
        return found

    def stems(self, text: str) -> str:
        """Return the roots of the words of a text, space-separated, in text order."""
        return " ".join(self.stem(w) for w in _WORD.findall(text))


# ------------------------------------------------------------------ the other way: root → forms
# A server desk has no root index (its search runs in PostgreSQL, which cannot call this
# module), so its search turns a root back into the words that carry it (``derived_forms``) and
# asks for any of them. The prefixes are every PFX rule of the ``id_ID.aff`` (with its nasal
# changes: "meng" before a vowel, "mem" for p-, "meny" for s-...) applied to any root, as this
# stemmer accepts any affix on any known root ("difokuskan" though "fokus" has no di- flag), plus
# the bound forms; the suffixes are this stemmer's suffix, possessive and particle, each optional.
# A form is kept only when it stems back to the root, the same test the desk file's root index
# makes. All of that is about 4,800 forms per root, most never written; the commonest (fewest and
# most frequent affixes, then shortest) up to MAX_FORMS are kept.
MAX_FORMS = 160  # 98 % of the derived words of tests/data; bench_server_roots.py for the cost
# How unusual an affix is in news text, in steps: a form's weight is its prefix's plus its
# ending's, forms up to MAX_WEIGHT are candidates (about 300-400 a root), lightest first.
MAX_WEIGHT = 6
_ONE_LAYER = frozenset({"di", "ke", "se", "ber", "ter", "per", "me", "mem", "men", "meng",
                        "meny", "pe", "pem", "pen", "peng", "peny", "be", "te"})
_TWO_LAYERS = frozenset({"memper", "diper", "keber", "keter", "pember", "kese", "pemer", "seper",
                         "menge", "penge", "antar", "pasca", "pra", "non"})
_RARE_LAYER = ("ku", "kau", "si", "re", "we", "sese", "seperse", "bersi", "berse", "perse",
               "swa", "multi", "lintas", "purna", "semi", "sub")
_NASAL = re.compile(r".*(?:me|pe)(?:m|n|ng|ny)")
_PARTICLE_WEIGHT = {"": 0, "lah": 3, "pun": 3, "kah": 4, "tah": 4}


def _prefix_weight(add: str, condition: str, root: str) -> int:
    """How unusual a prefix (as written) is before ``root``: 0 none, 2 one layer, 3 a common
    two, 4 other two, 6 rare.

    A nasal form ("mem", "peng") fits the root's first sound; the .aff's few rules that put one
    before any root are for odd listed words, as menge-/penge- before a root of more than one
    syllable; be-/te- go before r- ("berencana") and a few others ("bekerja").
    """
    if not add:
        return 0
    if condition == "." and _NASAL.fullmatch(add):
        return 6
    if condition == "." and add in ("be", "te"):
        return 4  # "bekerja", "beternak"
    if add.endswith(("menge", "penge")) and len(root) > 4:
        return 6
    if add in _ONE_LAYER:
        return 2
    if add in _TWO_LAYERS:
        return 3
    return 6 if add.startswith(_RARE_LAYER) else 4


@lru_cache(maxsize=1)
def _endings() -> tuple[tuple[str, int], ...]:
    """Every suffix + possessive + particle the stemmer strips, with how unusual it is."""
    found = []
    for suffix in ("", *_SUFFIXES):
        for possessive in ("", *_POSSESSIVES):
            for particle in ("", *_PARTICLES):
                weight = (2 if suffix else 0) + _PARTICLE_WEIGHT[particle]
                if possessive:
                    weight += 4 if possessive != "nya" else 1 if suffix else 2
                found.append((suffix + possessive + particle, weight))
    return tuple(found)


@lru_cache(maxsize=1)
def prefix_rules(folder: Path | None = None) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """Return the distinct (strip, add, condition) of the ``id_ID.aff`` PFX rules, bound forms
    included (strip nothing, any root)."""
    folder = folder or resource("dictionaries")
    rules: set[tuple[str, str, str]] = {("", bound, ".") for bound in _BOUND}
    for line in (folder / "id_ID.aff").read_text(encoding="latin-1").splitlines():
        parts = line.split()
        if len(parts) < 4 or parts[0] != "PFX" or parts[2] in ("Y", "N"):
            continue  # not a rule, or a class's header ("PFX B0 Y 2")
        strip, add = ("" if f == "0" else f for f in (parts[2], parts[3].split("/", 1)[0]))
        rules.add((strip, add.lower(), parts[4] if len(parts) > 4 else "."))
    return tuple((strip, add, re.compile(cond)) for strip, add, cond in sorted(rules))


@lru_cache(maxsize=256)  # 160 forms a root: ~2.5 MB at most
def derived_forms(root: str, limit: int = MAX_FORMS) -> tuple[str, ...]:
    """Return up to ``limit`` words whose root is ``root`` (itself first), commonest first.

    Only for a root the stemmer knows; any other word has no forms but itself.
    """
    roots = dictionary_roots()
    if root not in roots:
        return (root,)
    weights = {root: 0}
    for strip, add, condition in prefix_rules():
        if root.startswith(strip) and condition.match(root):
            form = add + root[len(strip):]
            weights[form] = min(weights.get(form, 9), _prefix_weight(add, condition.pattern, root))
    if root[0] in _VOWEL:  # "menurut" (turut) stems to "urut" when "urut" is a root too
        for add, lost in (("men", "t"), ("pen", "t"), ("mem", "p"), ("pem", "p")):
            if lost + root in roots:
                weights[add + root] = 2
    scored: dict[str, tuple[int, int]] = {}
    for base, base_weight in weights.items():
        for ending, ending_weight in _endings():
            weight = base_weight + ending_weight
            if weight <= MAX_WEIGHT:
                form = base + ending
                scored[form] = min(scored.get(form, (9, 0)), (weight, len(form)))
    kept = [form for form in sorted(scored, key=lambda f: (scored[f], f))
            if find_root(form, roots.__contains__) == root]
    return tuple(kept[:limit])


STEMMER_VERSION = "1"  # raise when the rules above change: the search's root index is rebuilt


@lru_cache(maxsize=1)
def fingerprint(folder: Path | None = None) -> str:
    """Return what the roots depend on (rules, dictionary, seed list) as a short hash."""
    import hashlib

    folder = folder or resource("dictionaries")
    digest = hashlib.sha256(STEMMER_VERSION.encode())
    for name in ("id_ID.dic", "redaksi.txt"):
        path = folder / name
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def default_stemmer() -> Stemmer:
    """Return the shared stemmer over the bundled dictionary (built once, about 30 ms)."""
    return Stemmer()
