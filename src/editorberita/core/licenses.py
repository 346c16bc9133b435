"""Licences of the bundled components, for the About dialog.

``resources/licenses/index.json`` (written by tools/collect_licenses.py) lists Qt, PySide6,
Python and every bundled package; dictionaries in ``resources/dictionaries`` bring their own
licence files, found here by name so a new dictionary needs no code change. Pure Python.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from editorberita.core.paths import resources_dir

DICTIONARY_LICENSE = re.compile(r"(licen[cs]e|copying|readme)", re.IGNORECASE)
DICTIONARY_DEFAULT = "LGPL-3.0"  # the Indonesian hunspell dictionary's licence


@dataclass(frozen=True)
class Component:
    """One bundled component: its name, version, licence and where the full text is."""

    name: str
    version: str
    license: str
    files: tuple[Path, ...]

    def text(self) -> str:
        """Return the licence text (files joined); a note if a file is unreadable."""
        parts = []
        for path in self.files:
            try:
                parts.append(path.read_text(encoding="utf-8", errors="replace"))
            except OSError as exc:
                parts.append(f"({path.name}: {exc})")
        return "\n\n".join(parts)


def bundled_components(resources: Path | None = None) -> list[Component]:
    """Return the components listed in the licence index, then the dictionaries."""
    root = resources or resources_dir()
    folder = root / "licenses"
    components = []
    index = folder / "index.json"
    if index.is_file():
        for entry in json.loads(index.read_text(encoding="utf-8")):
            components.append(Component(entry["name"], entry.get("version", ""),
                                        entry["license"], (folder / entry["file"],)))
    components.extend(dictionary_components(root / "dictionaries", folder))
    return components


def dictionary_components(dictionaries: Path, licenses: Path) -> list[Component]:
    """Return one component per dictionary folder (or one for loose dictionary files)."""
    if not dictionaries.is_dir():
        return []
    groups: dict[str, list[Path]] = {}
    has_dictionary: set[str] = set()
    for path in sorted(dictionaries.rglob("*")):
        if not path.is_file():
            continue
        relative = path.relative_to(dictionaries)
        group = relative.parts[0] if len(relative.parts) > 1 else ""
        if DICTIONARY_LICENSE.search(path.name):
            groups.setdefault(group, []).append(path)
        elif path.suffix.lower() in (".dic", ".aff", ".txt", ".json"):
            has_dictionary.add(group)
            groups.setdefault(group, [])
    result = []
    lgpl = licenses / "Qt.txt"  # LGPL-3 and GPL-3 texts
    for group, files in sorted(groups.items()):
        if group not in has_dictionary and not files:
            continue
        name = f"Kamus {group}" if group else "Kamus bahasa Indonesia"
        texts = tuple(files) or ((lgpl,) if lgpl.is_file() else ())
        result.append(Component(name, "", DICTIONARY_DEFAULT, texts))
    return result
