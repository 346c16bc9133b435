"""Gather the licences of everything the frozen build ships into resources/licenses/.

Reads the installed packages' metadata (every runtime dependency of ``editorberita``, followed
transitively) and their licence files, and adds Qt, ICU and Python, which ship no licence file
in their wheels. Writes one ``<name>.txt`` per component and ``index.json`` (read by
``core/licenses.py`` for the About dialog). The output is committed; run after changing
dependencies (``make licenses``); ``tests/test_dist.py`` fails when a dependency is missing.
"""

from __future__ import annotations

import json
import re
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "licenses"
LICENSE_FILE = re.compile(r"(^|/)(licen[cs]e|copying|notice)[^/]*$", re.IGNORECASE)
COMMON = Path("/usr/share/common-licenses")  # Debian's copies of the GNU licences

# Declared only as a trove classifier ("BSD License"): the SPDX name of the text they ship.
# spylls declares "UNKNOWN" and an MIT classifier, but ships and documents MPL 2.0.
SPDX = {"Jinja2": "BSD-3-Clause", "spylls": "MPL-2.0"}
# Wheels that carry no licence file: (licence, text files to use).
NO_FILES = {
    "PySide6_Essentials": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "shiboken6": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
}


def runtime_distributions(root: str = "editorberita") -> list[metadata.Distribution]:
    """Return the installed distributions ``root`` needs at run time (no extras, no root)."""
    from packaging.requirements import Requirement

    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        dist = metadata.distribution(name)
        for line in dist.requires or []:
            req = Requirement(line)
            if req.marker is not None and not req.marker.evaluate({"extra": ""}):
                continue
            key = _key(req.name)
            if key not in seen:
                seen[key] = metadata.distribution(req.name)
                todo.append(req.name)
    return sorted(seen.values(), key=lambda d: _key(d.metadata["Name"]))


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def license_name(dist: metadata.Distribution) -> str:
    """Return the SPDX expression (or the classifier's name) a distribution declares."""
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    name = meta["Name"]
    if name in SPDX:
        return SPDX[name]
    if name in NO_FILES:
        return NO_FILES[name]
    declared = (meta.get("License") or "").strip()
    if declared and "\n" not in declared and len(declared) < 80:
        return declared
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return ", ".join(classifiers) or "see text"


def license_texts(dist: metadata.Distribution) -> str:
    """Return the licence files of a distribution, joined."""
    parts = []
    for file in sorted(dist.files or [], key=str):
        if LICENSE_FILE.search(str(file)) and not str(file).endswith((".py", ".pyc")):
            try:
                parts.append(f"==> {file.name} <==\n{file.read_text(encoding='utf-8')}")
            except (OSError, UnicodeDecodeError):
                continue
    return "\n\n".join(parts)


def _gnu(*names: str) -> str:
    texts = []
    for name in names:
        path = COMMON / name
        if not path.is_file():
            raise SystemExit(f"{path} not found: install base-files (Debian) or copy the text")
        texts.append(f"==> {name} <==\n{path.read_text(encoding='utf-8')}")
    return "\n\n".join(texts)


def collect() -> list[dict[str, str]]:
    """Return the index entries and write one text file per component."""
    import platform

    from PySide6.QtCore import qVersion

    OUT.mkdir(parents=True, exist_ok=True)
    lgpl = _gnu("LGPL-3", "GPL-3")
    stdlib = f"python{sys.version_info[0]}.{sys.version_info[1]}"
    python_license = Path(sys.base_prefix) / "lib" / stdlib / "LICENSE.txt"
    unicode_license = Path(metadata.distribution("babel").locate_file(
        "babel/locale-data/LICENSE.unicode")).read_text(encoding="utf-8")
    entries: list[tuple[str, str, str, str]] = [
        ("Qt", qVersion(), "LGPL-3.0-only", lgpl),
        ("ICU (Qt)", "", "Unicode-3.0", unicode_license),
        ("Python", platform.python_version(), "PSF-2.0",
         python_license.read_text(encoding="utf-8")),
    ]
    for dist in runtime_distributions():
        name = dist.metadata["Name"]
        text = license_texts(dist) or (lgpl if name in NO_FILES else "")
        if not text:
            raise SystemExit(f"no licence text for {name}: add it to NO_FILES")
        entries.append((name, dist.version, license_name(dist), text))
    index = []
    for name, version, spdx, text in entries:
        filename = re.sub(r"[^A-Za-z0-9.]+", "-", name).strip("-") + ".txt"
        (OUT / filename).write_text(text.rstrip() + "\n", encoding="utf-8")
        index.append({"name": name, "version": version, "license": spdx, "file": filename})
    (OUT / "index.json").write_text(json.dumps(index, indent=1, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    return index


def main() -> int:
    """Write resources/licenses/ and list what it holds."""
    for entry in collect():
        print(f"{entry['name']:<22} {entry['version']:<10} {entry['license']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
