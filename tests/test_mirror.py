"""Tests mirror ``src/`` one to one: ``core/x.py`` has ``tests/core/test_x.py``, and so on.

A newcomer finds a module's tests by its name. Two explicit lists say where that does not hold
yet, each entry with its reason: ``COVERED_BY`` names the test file that exercises a module
(checked: it must import the module), ``EXEMPT`` says why a module has no test file of its
own. Cross-cutting suites (layers, imports, journeys, crash, hostile input, frozen build,
translations, benchmarks) stay at the top level and mirror nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "editorberita"
TESTS = ROOT / "tests"

# Module → the test file that exercises it today (to be renamed or split when it is touched).
COVERED_BY: dict[str, str] = {
    "console.py": "frozen/test_freeze_rules.py",
    "core/bundle.py": "core/test_packaging.py",
    "core/licenses.py": "core/test_packaging.py",
    "core/domain.py": "core/store/test_articles.py",
    "core/mdfile.py": "core/test_importer.py",
    "core/mdguard.py": "safety/test_hostile_render.py",
    "core/picturecheck.py": "core/test_pictures.py",
    "core/records.py": "core/test_migrations.py",
    "core/send/outbox.py": "core/send/test_errors.py",
    "core/send/sender.py": "core/send/test_wordpress.py",
    "core/send/sites.py": "core/send/test_errors.py",
    "core/segments.py": "core/test_quickread.py",
    "core/typography.py": "core/test_render.py",
    "core/storylinks.py": "core/test_newsroom.py",
    "ui/application.py": "ui/test_app.py",
    "ui/articlelist.py": "ui/test_sidebar.py",
    "ui/conflictdialog.py": "ui/test_safety_ui.py",
    "ui/damageddialog.py": "ui/test_recovery.py",
    "ui/deskunavailable.py": "ui/test_desks.py",
    "ui/errordialog.py": "ui/test_app.py",
    "ui/exportsummary.py": "ui/test_safety_ui.py",
    "ui/itemroles.py": "ui/test_sidebarmodel.py",
    "ui/metadata.py": "ui/test_sidebar.py",
    "ui/picturelibrary.py": "ui/test_picturepanel.py",
    "ui/livedesk.py": "ui/test_deskcollab.py",
    "ui/lockeddialog.py": "ui/test_recovery.py",
    "ui/preferences.py": "ui/test_bahasa.py",
    "ui/shortcutsdialog.py": "ui/test_actions.py",
    "ui/spellcheck.py": "ui/test_spellservice.py",
    "ui/startup.py": "core/test_file_modes.py",
}

# Module → why it has no test file of its own.
EXEMPT: dict[str, str] = {
    "__main__.py": "three lines handing over to cli.main (tests/test_cli.py runs it)",
    "typing_compat.py": "one re-export of typing.override; mypy checks its users",
    "core/health.py": "driven through the window by tests/safety/test_db_health.py",
    "core/pictureimport.py": "driven by the import tests (tests/core/test_pictures.py)",
    "core/revisions.py": "the revision rules, driven by tests/core/store/test_revisions.py",
    "core/rows.py": "the shared row mapping; tests/core/test_quickread.py pins its promise",
    "core/sample.py": "the first-run sample, opened by every window test (tests/ui/conftest.py)",
    "ui/editorformat.py": "the editor's actions, tested as such in tests/ui/test_editor.py",
    "ui/highlighter.py": "tested through the editor (tests/ui/test_editor.py, test_bahasa.py)",
    "ui/panes.py": "a typed bundle of the window's panes with no behaviour of its own",
    "ui/images.py": "tested through the picture flows (tests/ui/test_picturepanel.py)",
    "ui/previewrender.py": "the preview pool job, tested with the pane (tests/ui/test_preview.py)",
    "ui/qtstrings.py": "strings for lupdate only; tests/ui/test_bahasa.py checks they translate",
    "ui/readonly.py": "read-only mode, tested in the window (tests/ui/test_recovery.py)",
    "ui/settings.py": "every window test runs on a real Settings (tests/ui/conftest.py)",
    "ui/smoke.py": "--smoke-test, run by tests/ui/test_app.py and the frozen suite",
    "ui/spellmenu.py": "the spelling context menu, tested in tests/ui/test_bahasa.py",
}


def unmirrored() -> list[str]:
    """Return src modules (relative paths) with no mirror test file and no listed reason."""
    missing = []
    for path in sorted(SRC.rglob("*.py")):
        relative = path.relative_to(SRC)
        if path.name == "__init__.py" or "migrations" in relative.parts:
            continue
        mirror = TESTS / relative.parent / f"test_{path.stem}.py"
        name = relative.as_posix()
        if not mirror.is_file() and name not in COVERED_BY and name not in EXEMPT:
            missing.append(name)
    return missing


def test_every_module_has_its_test_file() -> None:
    assert unmirrored() == []


def test_the_lists_name_real_modules_and_files_that_import_them() -> None:
    for name, test_file in COVERED_BY.items():
        module = "editorberita." + name.removesuffix(".py").replace("/", ".")
        text = (TESTS / test_file).read_text(encoding="utf-8")
        parent, _, leaf = module.rpartition(".")
        uses = re.search(re.escape(module) + r"\b", text) or re.search(
            r"from " + re.escape(parent) + r" import [^\n]*\b" + leaf + r"\b", text)
        assert uses, f"{test_file} does not use {module}"
        assert not (TESTS / Path(name).parent / f"test_{Path(name).stem}.py").is_file(), (
            f"{name} has its own test file now: drop it from COVERED_BY")
    for name in EXEMPT:
        assert (SRC / name).is_file(), f"{name} is gone: drop it from EXEMPT"
        assert not (TESTS / Path(name).parent / f"test_{Path(name).stem}.py").is_file(), (
            f"{name} has its own test file now: drop it from EXEMPT")
