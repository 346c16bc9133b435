"""`editorberita categories` and the sidebar show the same number for a rubric (issue 12).

Both count a rubric's own articles and its sub-rubrics' (what a click on the rubric lists and
what ``export --category`` writes); before, the command line counted the rubric's own only.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from editorberita.core.domain import Article, rubric_totals
from editorberita.ui.viewkey import ViewKey
from tests.ui.conftest import make_window


def test_cli_and_sidebar_counts_agree(qtbot, store, settings, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    kaltim = store.create_category("Seputar Kaltim")
    samarinda = store.create_category("Samarinda", kaltim.id)
    palaran = store.create_category("Palaran", samarinda.id)
    for category, n in ((kaltim, 1), (samarinda, 2), (palaran, 3)):
        for i in range(n):
            store.create_article(Article(headline=f"Berita {i}", body="Isi.",
                                         category_id=category.id))
    window = make_window(qtbot, store, settings)
    model = window.sidebar_model
    sidebar = {c.name: model.index_for_key(ViewKey.of_rubric(c.id)).siblingAtColumn(1).data()
               for c in (kaltim, samarinda, palaran)}
    result = subprocess.run([sys.executable, "-m", "editorberita", "--db", str(db_path),
                             "categories"], capture_output=True, text=True, timeout=60)
    cli = dict(re.findall(r"^\s*(.+?) \((\d+)\)$", result.stdout, re.MULTILINE))
    assert sidebar == {"Seputar Kaltim": "6", "Samarinda": "5", "Palaran": "3"}
    assert cli == sidebar


def test_rubric_totals_survive_a_parent_cycle() -> None:
    from editorberita.core.domain import Category

    looped = [Category(1, "A", "a", parent_id=2), Category(2, "B", "b", parent_id=1),
              Category(3, "C", "c")]
    assert rubric_totals(looped, {1: 1, 2: 2, 3: 3}) == {1: 1, 2: 2, 3: 3}
