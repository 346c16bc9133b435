"""The window's menus and toolbar placed by action name (ui/menus.py)."""

from __future__ import annotations


def test_features_register_their_actions_and_menus_by_name(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The desk's actions sit in the registry and in the named menus, not patched by position."""
    registry = window.action_collection
    for name in ("check_article", "preferences", "desk_words"):
        assert name in registry
    edit = registry.menu("edit").actions()
    assert registry["check_article"] in edit and registry["preferences"] in edit
    file_actions = registry.menu("file").actions()
    template = next(a for a in file_actions if a.menu() is not None
                    and a.menu().objectName() == "template_menu")
    assert file_actions.index(template) == file_actions.index(registry["save"]) - 1
    tools = registry.toolbar.actions()
    assert tools.index(registry["check_article"]) == tools.index(registry["toggle_preview"]) - 1
