"""Addresses on the writer's own computer are found in links, pictures, references and HTML."""

from __future__ import annotations

from editorberita.core.localref import local_references


def test_local_addresses_are_found_wherever_markdown_puts_them() -> None:
    body = ("Lihat [berkas](C:\\Users\\rina\\draf.docx) dan ![foto](/home/rina/foto.jpg).\n"
            "[rujukan]: file:///tmp/catatan.txt\n"
            '<img src="~/gambar.png">\n')
    found = [address for _, _, address in local_references(body)]
    assert found == ["C:\\Users\\rina\\draf.docx", "/home/rina/foto.jpg",
                     "file:///tmp/catatan.txt", "~/gambar.png"]
    start, end, address = local_references(body)[0]
    assert body[start:end] == address


def test_published_addresses_and_stored_pictures_are_not_local() -> None:
    body = ("[Pemprov](https://kaltimprov.go.id/berita) ![foto](asset:0123456789ab) "
            "[relatif](/berita/2024/07/jalan)")
    assert local_references(body) == []
