"""Broken and hostile input, and exports that fail for real (read-only and full file systems)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editorberita.core.export import export_articles
from editorberita.core.exportformat import ExportError, render_export
from editorberita.core.fileio import FileWriteError, atomic_write
from editorberita.core.importer import ImportFileError, import_file, import_paths
from editorberita.core.store import ArticleStore, open_store

from ..pagescripts import without_jsonld

# ---------------------------------------------------------------------- import

EMOJI_RTL = "Gempa 🌋 di Palu — مرحبا بالعالم — שלום ✓"


@pytest.mark.parametrize(("name", "data", "expected"), [
    ("utf16le.md", "\ufeff# Judul UTF-16\n\nIsi café".encode("utf-16-le"), "Isi café"),
    ("utf16be.md", "\ufeff# Judul\n\nIsi naïve".encode("utf-16-be"), "Isi naïve"),
    ("utf8bom.md", "\ufeff# Judul\n\nIsi biasa".encode(), "Isi biasa"),
    ("cp1252.md", "# Judul\n\nHarga \u20ac5 \u201ckutipan\u201d café".encode("cp1252"),
     "Harga \u20ac5 \u201ckutipan\u201d café"),
    ("control.md", b"# Judul\n\nAda\x07 bel\x1b[31m dan\x0b tab\tok", "dan\x0b tab\tok"),
    ("emoji.md", f"# {EMOJI_RTL}\n\n{EMOJI_RTL}".encode(), EMOJI_RTL),
    ("longline.md", ("# Panjang\n\n" + "kata " * 20000).encode(), "kata kata"),
])
def test_odd_but_valid_files_import(store: ArticleStore, tmp_path: Path, name: str,
                                    data: bytes, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    article, created = import_file(store, path)
    assert created and expected in store.get_article(article.id or 0).body
    html = render_export(store.get_article(article.id or 0), "html")
    assert "\x07" not in html and "\x1b" not in html


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("empty.md", b"", "kosong"),
    ("blank.md", b"\n  \n", "kosong"),
    ("binary.md", bytes(range(256)) * 4, "biner"),
    ("png.md", b"\x89PNG\r\n\x1a\n" + os.urandom(2000), "biner"),
    ("bad-utf16.md", b"\xff\xfe" + b"\x00\xd8" + b"a\x00", "biner.*UTF-16"),
    ("mixed.md", b"# Judul\n\n\x81\x8d\x8f\x90\x9d bytes", "bukan teks UTF-8"),
])
def test_broken_files_are_refused_with_a_reason(store: ArticleStore, tmp_path: Path,
                                                name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportFileError, match=reason) as caught:
        import_file(store, path)
    assert str(path) in str(caught.value)
    assert store.count_articles() == 0 and store.integrity_problems() == []


def test_fifty_megabytes_refused_and_the_rest_imported(store: ArticleStore,
                                                       tmp_path: Path) -> None:
    big = tmp_path / "a-besar.md"
    with open(big, "wb") as handle:
        handle.write(b"# Besar\n\n" + b"kata " * (50 * 1024 * 1024 // 5))
    (tmp_path / "b-kecil.md").write_text("# Kecil\n\nIsi", encoding="utf-8")
    summary = import_paths(store, [tmp_path])
    assert [a.headline for a in summary.created] == ["Kecil"]
    assert len(summary.failures) == 1 and "terlalu besar" in summary.failures[0][1]


# -------------------------------------------------------------------- exports


@pytest.fixture
def mounted(tmp_path: Path) -> Iterator[callable]:  # type: ignore[valid-type]
    """Mount small tmpfs file systems under tmp_path (skipped where mounting is forbidden)."""
    mounts: list[Path] = []

    def mount(options: str) -> Path:
        folder = tmp_path / f"mnt-{uuid.uuid4().hex[:6]}"
        folder.mkdir()
        result = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                                capture_output=True, text=True, check=False)
        if result.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here ({result.stderr.strip()}); the portable "
                        "fallback tests cover the same paths")
        mounts.append(folder)
        return folder

    yield mount
    for folder in mounts:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _articles(store: ArticleStore, n: int, body: str = "isi") -> list[int]:
    return [store.create_article(headline=f"Berita {i}", body=body).id or 0 for i in range(n)]


@pytest.mark.skipif(shutil.which("mount") is None, reason="no mount command")
def test_export_to_read_only_file_system(store: ArticleStore, mounted) -> None:  # type: ignore[no-untyped-def]
    folder = mounted("size=64k,ro")
    ids = _articles(store, 3)
    summary = export_articles(store, folder, "html", article_ids=ids)
    assert not summary.written and len(summary.failures) == 3
    assert all("hanya-baca" in why.text() and str(folder) in why.text()
               for _a, why in summary.failures)
    assert "0 dari 3" in summary.describe()


@pytest.mark.skipif(shutil.which("mount") is None, reason="no mount command")
def test_export_to_a_full_disk_leaves_no_partial_file(store: ArticleStore, mounted) -> None:  # type: ignore[no-untyped-def]
    folder = mounted("size=64k")
    ids = _articles(store, 6, body="Kalimat panjang berita daerah. " * 700)  # ~22 kB each
    summary = export_articles(store, folder, "md", article_ids=ids)
    assert summary.written and summary.failures, "expected some to fit and some not"
    assert all("disk penuh" in why.text() for _a, why in summary.failures)
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(p.name for p in summary.written)  # no temp or half-written file
    for path in summary.written:
        assert path.read_text(encoding="utf-8").endswith("\n")


def test_file_size_limit_in_a_real_process(tmp_path: Path) -> None:
    """``ulimit -f``: the kernel refuses to grow the file (EFBIG), as a quota would."""
    target = tmp_path / "limited.html"
    code = ("import resource, signal, sys\n"
            "from pathlib import Path\n"
            "from editorberita.core.fileio import atomic_write, FileWriteError\n"
            "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
            "resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))\n"
            f"try:\n    atomic_write(Path({str(target)!r}), b'x' * 100000)\n"
            "except FileWriteError as exc:\n    print(exc); sys.exit(3)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 3, result.stderr
    assert str(target) in result.stdout and "batas ukuran" in result.stdout
    assert list(tmp_path.iterdir()) == []


def test_path_too_long_and_locked_file(store: ArticleStore, tmp_path: Path) -> None:
    too_long = tmp_path / ("x" * 300) / "keluar"
    ids = _articles(store, 2)
    with pytest.raises(ExportError, match="terlalu panjang"):
        export_articles(store, too_long, "html", article_ids=ids)
    # A file another program holds: a directory squatting on the name gives the same refusal
    # (portable); chattr +i, where available, is the real "locked" file on Linux.
    target = tmp_path / "kunci.html"
    target.mkdir()
    with pytest.raises(FileWriteError, match=r"kunci\.html"):
        atomic_write(target, b"baru")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_immutable_file_is_kept_and_named(tmp_path: Path) -> None:
    target = tmp_path / "terkunci.html"
    target.write_text("lama", encoding="utf-8")
    if subprocess.run(["chattr", "+i", str(target)], capture_output=True,
                      check=False).returncode != 0:
        pytest.skip("chattr +i is not available on this file system")
    try:
        with pytest.raises(FileWriteError, match=r"terkunci\.html"):
            atomic_write(target, b"baru")
        assert target.read_text(encoding="utf-8") == "lama"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["terkunci.html"]
    finally:
        subprocess.run(["chattr", "-i", str(target)], check=False)


# ------------------------------------------------------------ property test


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.problems.append("<script>")
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.problems.append(f"{name}=")
            squashed = re.sub(r"[\x00-\x20]+", "", value or "").lower()
            if squashed.startswith(("javascript:", "vbscript:")):
                self.problems.append(f"{name}={value}")


HOSTILE = ["<script>alert(1)</script>", '<img src=x onerror="alert(1)">',
           "[klik](javascript:alert(1))", "<a href='jav&#x09;ascript:alert(1)'>x</a>",
           '<svg onload=alert(1)>', "<iframe src=javascript:alert(1)>", "**tebal**", "# Judul",
           "> kutipan", "- butir", "`kode`", "---", "| a | b |\n|---|---|\n| 1 | 2 |",
           "<div onclick=alert(1)>x</div>", "![gbr](javascript:alert(1))", "\u202e", "\x00"]
pieces = st.one_of(st.text(max_size=40), st.sampled_from(HOSTILE))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=pieces, body=st.lists(pieces, max_size=12), tag=pieces)
def test_property_import_store_render_export(tmp_path: Path, title: str, body: list[str],
                                             tag: str) -> None:
    folder = tmp_path / uuid.uuid4().hex
    folder.mkdir()
    store = open_store(folder / "p.sqlite3")
    try:
        source = folder / "masuk.md"
        front = {"title": title, "tags": [tag], "author": tag}
        import yaml

        text = "---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\n\n" + "\n".join(body)
        source.write_bytes(text.encode("utf-8", "surrogatepass"))
        try:
            article, _created = import_file(store, source)
        except ImportFileError:
            return  # refused with a reason: allowed
        summary = export_articles(store, folder / "out", "html")
        export_articles(store, folder / "md", "md")
        assert summary.ok, summary.failures
        for path in [*summary.written, *(folder / "md").iterdir()]:
            data = path.read_bytes().decode("utf-8")  # valid UTF-8 or this raises
            if path.suffix == ".html":
                checker = _Checker()
                checker.feed(without_jsonld(data))
                checker.close()
                assert checker.problems == []
        assert store.get_article(article.id or 0).id == article.id
    finally:
        store.close()
