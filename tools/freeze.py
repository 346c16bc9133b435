"""Helpers of build.spec: what goes into the frozen bundle and what stays out.

Kept apart from the spec so the rules are plain functions that tests can call. The spec passes
PyInstaller's TOC lists (``(dest_name, src_path, typecode)`` tuples) through these filters.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

TocEntry = tuple[str, str, str]

APP_NAME = "EditorBerita"
COMPANY = "EditorBerita"
DESCRIPTION = "EditorBerita — penyunting artikel berita luring"
COPYRIGHT = "© EditorBerita contributors, GPL-3.0-or-later"

# Qt plugins the editor needs, per plugin folder; None keeps the whole folder. Everything else
# (SVG, GIF, TIFF, GTK theme, EGL, GL integrations, input devices, network, ...) stays out.
QT_PLUGINS: dict[str, set[str] | None] = {
    # offscreen: headless runs and tests; xcb/wayland: Linux desktops; windows; cocoa: macOS.
    "platforms": {"qoffscreen", "qxcb", "qwayland", "qwindows", "qcocoa"},
    "imageformats": {"qjpeg", "qwebp"},  # PNG is built into QtGui
    "styles": None,  # the native look on Windows and macOS
    "platforminputcontexts": {"composeplatforminputcontextplugin"},  # dead keys on X11
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": None,  # window borders where the compositor draws none
}
# Qt's own translations we load (app.install_translators); Qt ships no qtbase_id today.
QT_TRANSLATIONS = re.compile(r"qtbase_(id|en)(_[A-Z]{2})?\.qm$")
# Babel locale data we use: Indonesian dates and numbers, English, and their parents.
BABEL_LOCALES = re.compile(r"(root|id|id_ID|en|en_US|en_US_POSIX|en_001)\.dat$")
# The interpreter the bootloader loads (libpython3.11.so, python311.dll, Python framework).
PYTHON_LIBRARY = re.compile(r"^(lib)?python\d", re.IGNORECASE)
# Files of resources/ that are documentation or sources, not part of the program.
RESOURCE_SKIP = re.compile(r"(^|/)(screenshots/|__pycache__/)|\.ts$|\.pyc$")


def _posix(dest: str) -> str:
    return dest.replace("\\", "/")


def qt_plugin_wanted(dest: str) -> bool:
    """Return False for a Qt plugin the bundle leaves out; True for anything else."""
    parts = PurePosixPath(_posix(dest)).parts
    if "plugins" not in parts or parts[:1] != ("PySide6",):
        return True
    i = parts.index("plugins")
    if len(parts) < i + 3:
        return True
    folder, filename = parts[i + 1], parts[-1]
    if folder not in QT_PLUGINS:
        return False
    keep = QT_PLUGINS[folder]
    if keep is None:
        return True
    stem = filename.split(".", 1)[0]
    stem = stem[3:] if stem.startswith("lib") else stem
    return stem in keep


def data_wanted(dest: str) -> bool:
    """Return False for data files the bundle leaves out (Qt translations, babel locales)."""
    path = _posix(dest)
    if path.startswith("PySide6/Qt/translations/"):
        return bool(QT_TRANSLATIONS.search(path))
    if path.startswith("babel/locale-data/") and path.endswith(".dat"):
        return bool(BABEL_LOCALES.search(path.rsplit("/", 1)[1]))
    if path.startswith("resources/"):
        return not RESOURCE_SKIP.search(path[len("resources/"):])
    if path.startswith("editorberita/"):
        return "__pycache__/" not in path and not path.endswith(".pyc")
    return True


def filter_datas(datas: Iterable[TocEntry]) -> list[TocEntry]:
    """Return the data entries worth shipping."""
    return [entry for entry in datas if data_wanted(entry[0]) and qt_plugin_wanted(entry[0])]


def prune_binaries(binaries: Iterable[TocEntry]) -> list[TocEntry]:
    """Drop unwanted Qt plugins, then every library nothing kept still links to.

    PyInstaller collected the dependencies of all plugins (GTK for the GTK theme, QtSvg for the
    SVG plugin, QtNetwork, EGL, ...). The roots are the Python library, Python extensions and
    the kept plugins; a library stays if a root needs it, directly or through another kept one.
    """
    from PyInstaller.depend.bindepend import get_imports

    entries = [e for e in binaries if qt_plugin_wanted(e[0])]
    by_name: dict[str, TocEntry] = {}
    for entry in entries:
        by_name.setdefault(PurePosixPath(_posix(entry[0])).name, entry)
    roots = [e for e in entries if e[2] == "EXTENSION" or "/plugins/" in _posix(e[0])
             or PYTHON_LIBRARY.match(PurePosixPath(_posix(e[0])).name)]
    keep: dict[str, TocEntry] = {e[0]: e for e in roots}
    todo = list(roots)
    while todo:
        entry = todo.pop()
        try:
            needed = get_imports(entry[1])
        except Exception:  # unreadable binary: keep it and whatever we cannot prove unused
            continue
        for name, _full in needed:
            lib = by_name.get(PurePosixPath(name).name)
            if lib is not None and lib[0] not in keep:
                keep[lib[0]] = lib
                todo.append(lib)
    return [e for e in entries if e[0] in keep]


def drop_dangling_symlinks(datas: Iterable[TocEntry],
                           binaries: Iterable[TocEntry]) -> list[TocEntry]:
    """Drop the top-level symlinks PyInstaller made for libraries ``prune_binaries`` removed."""
    shipped = {_posix(e[0]) for e in binaries}
    return [e for e in datas if e[2] != "SYMLINK" or _posix(e[1]) in shipped]


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Return "0.1.0" (or "1.2.3rc1") as the four numbers a Windows version resource holds."""
    numbers = [int(m) for m in re.findall(r"\d+", version.split("+")[0])[:4]]
    return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def version_info_text(version: str) -> str:
    """Return a PyInstaller version file (``VSVersionInfo``) for the Windows executable."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": APP_NAME,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": f"{APP_NAME}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    string_structs = ",\n".join(f"          StringStruct({k!r}, {v!r})"
                                for k, v in strings.items())
    return f"""# UTF-8
# Generated by build.spec from editorberita.__version__; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '042104B0',
        [
{string_structs}
        ])
      ]),
    VarFileInfo([VarStruct('Translation', [0x0421, 1200])])
  ]
)
"""


def write_manifest(datas: Iterable[TocEntry], target: Path) -> Path:
    """Write the list of shipped resource and migration files the frozen smoke test checks."""
    names = sorted({_posix(d[0]) for d in datas
                    if _posix(d[0]).startswith(("resources/", "editorberita/"))})
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(names) + "\n", encoding="utf-8")
    return target


def strip_binaries() -> bool:
    """Strip debug symbols on Linux and macOS (libpython alone loses ~19 MB); not on Windows."""
    return sys.platform != "win32"
