"""``list`` and ``categories`` (commands/reading.py), run in-process on a real desk file."""

from __future__ import annotations

from pathlib import Path

import pytest

from editorberita.cli import main
from editorberita.core.domain import Status
from editorberita.core.store import open_store


@pytest.fixture
def desk(db_path: Path) -> Path:
    store = open_store(db_path)
    kaltim = store.create_category("Seputar Kaltim")
    samarinda = store.create_category("Samarinda", kaltim.id)
    store.create_article(headline="Banjir di Sempaja", category_id=samarinda.id,
                         status=Status.PUBLISHED)
    store.create_article(headline="Draf\x1b[2J rapat", category_id=kaltim.id)
    store.create_article(headline="Tanpa rumah")
    store.close()
    return db_path


def test_list_filters_by_rubric_status_and_search(desk: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(desk), "list", "--category", "Seputar Kaltim/Samarinda"]) == 0
    assert "Banjir di Sempaja" in capsys.readouterr().out
    assert main(["--db", str(desk), "list", "--status", "Tayang"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1 and "Samarinda" in lines[0]
    assert main(["--db", str(desk), "list", "--search", "rapat"]) == 0
    assert "Draf\\x1b[2J rapat" in capsys.readouterr().out  # shown escaped, never obeyed
    assert main(["--db", str(desk), "list", "--search", "gempa"]) == 0
    assert capsys.readouterr().out == "(tidak ada artikel)\n"


def test_categories_prints_the_tree_with_totals_as_the_sidebar(
        desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(desk), "categories"]) == 0
    assert capsys.readouterr().out == "Seputar Kaltim (2)\n  Samarinda (1)\nTanpa rubrik (1)\n"
