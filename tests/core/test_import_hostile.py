"""Import against hostile and unlucky input (issue 17): bounded front matter, a full disk, links
out of the chosen folder, descriptions kept, slugs that repeat or are not slug-shaped."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event

from editorberita.core.domain import MAX_RUBRIC_DEPTH, EditorBeritaError
from editorberita.core.importer import ImportFileError, import_paths, parse_markdown
from editorberita.core.store import ArticleStore, open_store
from tests.photos import tiny_png


def bomb(levels: int) -> str:
    """Return front matter whose ``tags`` expand to 9**levels strings through aliases."""
    lines = ["---", "title: Bom", 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", '
             '"lol", "lol"]']
    previous = "a"
    for n in range(1, levels):
        name = f"a{n}"
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
        previous = name
    return "\n".join([*lines, f"tags: *{previous}", "---", "", "Isi."]) + "\n"


def test_front_matter_aliases_are_refused() -> None:
    """Even a small alias fan-out (59,049 tags) is refused: aliases are never expanded."""
    with pytest.raises(ImportFileError, match="alias YAML"):
        parse_markdown(bomb(5), Path("bom.md"))


@pytest.mark.parametrize(("front", "reason"), [
    ("x: " + "[" * 40 + "]" * 40, "bersarang lebih dari 16 tingkat"),
    ("title: " + "j" * 1001, "“title” terlalu panjang"),
    ("summary: " + "s" * 70_000, "“summary” terlalu panjang"),
    ('tags: ["baik", "\\udc00"]', "surrogate"),
    ("date: 2023-02-29", "tidak ada di kalender"),
    ("tags: [" + ", ".join(f"t{n}" for n in range(201)) + "]", "terlalu banyak tag"),
    ("date: 9999-12-31T23:00:00-05:00", "tahun 9999"),
])
def test_front_matter_is_bounded(front: str, reason: str) -> None:
    with pytest.raises(ImportFileError, match=reason):
        parse_markdown(f"---\ntitle: Judul\n{front}\n---\n\nIsi.\n", Path("x.md"))


def test_full_disk_stops_the_batch_with_what_got_in(tmp_path: Path) -> None:
    """SQLite's "database or disk is full" (a page limit: the same error a full disk gives)
    stops the import cleanly; the summary names what is in and what was not tried; after
    room is made the same import completes without duplicates."""
    folder = tmp_path / "kiriman"
    folder.mkdir()
    for n in range(12):
        (folder / f"b{n:02d}.md").write_text(f"# Berita {n}\n\n" + f"Kalimat {n}. " * 4000,
                                             encoding="utf-8")
    db = tmp_path / "db.sqlite3"
    store = open_store(db)
    try:
        pages = store.engine.connect().exec_driver_sql("PRAGMA page_count").scalar_one()
        store.engine.dispose()

        @event.listens_for(store.engine, "connect")
        def _small_disk(connection, _record) -> None:  # type: ignore[no-untyped-def]
            connection.execute(f"PRAGMA max_page_count = {int(pages) + 120}")

        summary = import_paths(store, [folder])
    finally:
        store.close()
    assert summary.stopped is not None and "Disk penuh" in summary.stopped
    assert 0 < len(summary.created) < 12
    assert len(summary.not_attempted) == 12 - len(summary.created)
    assert not summary.ok and "belum dicoba" in summary.describe()
    store = open_store(db)
    try:
        again = import_paths(store, [folder])
        assert again.ok and len(again.created) == 12 - len(summary.created)
        assert len(again.unchanged) == len(summary.created)
    finally:
        store.close()


def test_links_out_of_the_chosen_folder_are_not_followed(store: ArticleStore,
                                                         tmp_path: Path) -> None:
    secret = tmp_path / "rahasia"
    secret.mkdir()
    (secret / "sandi.md").write_text("# Sandi\n\nroot:x:0:0", encoding="utf-8")
    (secret / "foto.png").write_bytes(tiny_png(rgb=(1, 2, 3)))
    folder = tmp_path / "kiriman"
    (folder / "dalam").mkdir(parents=True)
    (folder / "a.md").write_text("# Baik\n\n![x](foto.png)\n\n![y](dalam/foto.png)",
                                 encoding="utf-8")
    (folder / "b.md").symlink_to(secret / "sandi.md")
    (folder / "luar").symlink_to(secret, target_is_directory=True)
    (folder / "foto.png").symlink_to(secret / "foto.png")
    (folder / "dalam" / "foto.png").write_bytes(tiny_png())
    (folder / "salinan.md").symlink_to(folder / "a.md")  # inside the folder: allowed
    summary = import_paths(store, [folder])
    reasons = {path.name: why for path, why in summary.failures}
    assert "b.md" in reasons and "tautan ke luar folder" in reasons["b.md"]
    assert "foto.png" in reasons and "dilewati" in reasons["foto.png"]
    assert "luar" in reasons and "Folder" in reasons["luar"]
    assert all("sandi" not in a.headline.lower() for a in store.list_articles())
    assert {a.headline for a in summary.created} == {"Baik"}
    assert len(store.list_assets()) == 1  # only the picture inside the folder


def test_import_never_erases_a_picture_description(store: ArticleStore, tmp_path: Path) -> None:
    """A ``pictures:`` entry with only ``file:`` keeps caption, credit and alt of a picture
    another article described."""
    folder = tmp_path / "kiriman"
    folder.mkdir()
    (folder / "foto.png").write_bytes(tiny_png())
    (folder / "a.md").write_text(
        "---\ntitle: Pertama\npictures:\n- file: foto.png\n  caption: Banjir di Samarinda\n"
        "  credit: Rina/Kaltim\n  alt: Jalan tergenang\n---\n\n![](foto.png)\n",
        encoding="utf-8")
    assert import_paths(store, [folder / "a.md"]).ok
    (folder / "b.md").write_text(
        "---\ntitle: Kedua\npictures:\n- file: foto.png\n- file: foto.png\n  credit: ''\n"
        "---\n\n![](foto.png)\n", encoding="utf-8")
    assert import_paths(store, [folder / "b.md"]).ok
    [asset] = store.list_assets()
    assert (asset.caption, asset.credit, asset.alt_text) == (
        "Banjir di Samarinda", "Rina/Kaltim", "Jalan tergenang")
    (folder / "c.md").write_text(
        "---\ntitle: Ketiga\npictures:\n- file: foto.png\n  credit: Budi/Kaltim\n---\n\n"
        "![](foto.png)\n", encoding="utf-8")
    assert import_paths(store, [folder / "c.md"]).ok
    [asset] = store.list_assets()
    assert (asset.caption, asset.credit) == ("Banjir di Samarinda", "Budi/Kaltim")


def test_same_slug_twice_in_one_batch_keeps_both(store: ArticleStore, tmp_path: Path) -> None:
    folder = tmp_path / "kiriman"
    folder.mkdir()
    for name, title in (("a.md", "Pertama"), ("b.md", "Kedua")):
        (folder / name).write_text(f"---\ntitle: {title}\nslug: sama\n---\n\nIsi {title}.\n",
                                   encoding="utf-8")
    summary = import_paths(store, [folder])
    assert summary.ok and len(summary.created) == 2
    assert sorted(a.slug for a in summary.created) == ["sama", "sama-2"]
    [(path, note)] = summary.notes
    assert path.name == "b.md" and "“sama” sudah dipakai berkas a.md" in note
    again = import_paths(store, [folder])
    assert again.ok and (len(again.created), len(again.unchanged)) == (0, 2)
    assert len(store.list_articles()) == 2


def test_slug_that_is_not_slug_shaped_is_normalised(store: ArticleStore, tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Banjir\nslug: \"Banjir Besar di Samarinda!\"\n---\n\nIsi.\n",
                    encoding="utf-8")
    first = import_paths(store, [path])
    assert [a.slug for a in first.created] == ["banjir-besar-di-samarinda"]
    path.write_text("---\ntitle: Banjir (ralat)\nslug: \"Banjir Besar di Samarinda!\"\n---\n\n"
                    "Isi.\n", encoding="utf-8")
    second = import_paths(store, [path])
    assert (len(second.created), len(second.updated)) == (0, 1)
    assert [a.headline for a in store.list_articles()] == ["Banjir (ralat)"]


def test_rubric_depth_and_name_rules(store: ArticleStore, tmp_path: Path) -> None:
    """The store refuses rubrics deeper or longer-named than the rules, however they come."""
    parent = None
    for n in range(MAX_RUBRIC_DEPTH):
        parent = store.create_category(f"r{n}", parent.id if parent else None)
    assert parent is not None
    with pytest.raises(EditorBeritaError, match="paling dalam 10 tingkat"):
        store.create_category("terlalu dalam", parent.id)
    with pytest.raises(EditorBeritaError, match="terlalu panjang"):
        store.create_category("x" * 121)
    other = store.create_category("Lain")
    store.create_category("Anak", other.id)
    with pytest.raises(EditorBeritaError, match="tingkat ke-12"):
        store.move_category(other.id, parent.id)
    with pytest.raises(EditorBeritaError, match="terlalu panjang"):
        store.rename_category(other.id, "y" * 200)
    path = tmp_path / "dalam.md"
    path.write_text("---\ntitle: Dalam\ncategory: " + "/".join(f"r{n}" for n in range(11))
                    + "\n---\n\nIsi.\n", encoding="utf-8")
    summary = import_paths(store, [path])
    assert not summary.created and "paling dalam" in summary.failures[0][1]
    assert len(store.list_categories()) == MAX_RUBRIC_DEPTH + 2


def test_non_ascii_tags_and_rubrics_import_twice(store: ArticleStore, tmp_path: Path) -> None:
    """SQLite's lower() folds ASCII only: "Éxpo" must still find itself on the second file."""
    for n in (1, 2):
        path = tmp_path / f"{n}.md"
        path.write_text(f"---\ntitle: Judul {n}\ntags: [À, Éxpo]\ncategory: Ékonomi/Ürün\n"
                        "---\n\nIsi.\n", encoding="utf-8")
        summary = import_paths(store, [path])
        assert summary.ok, summary.failures
    assert sorted(store.all_tags()) == sorted(["À", "Éxpo"])
    assert len(store.list_categories()) == 2
