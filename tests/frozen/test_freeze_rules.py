"""The rules of build.spec (tools/freeze.py) and the Windows console, without building."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editorberita import __version__
from editorberita.console import attach_parent_console

from .conftest import ROOT, load_tool

freeze = load_tool("freeze")


@pytest.mark.parametrize(("dest", "wanted"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqwebp.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ("libsqlite3.so.0", True),
])
def test_only_the_needed_qt_plugins_ship(dest: str, wanted: bool) -> None:
    assert freeze.qt_plugin_wanted(dest) is wanted


@pytest.mark.parametrize(("dest", "wanted"), [
    ("babel/locale-data/id.dat", True),
    ("babel/locale-data/id_ID.dat", True),
    ("babel/locale-data/root.dat", True),
    ("babel/locale-data/en.dat", True),
    ("babel/locale-data/fr.dat", False),
    ("babel/locale-data/en_GB.dat", False),
    ("babel/global.dat", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qtbase_id.qm", True),
    ("PySide6/Qt/translations/qt_help_id.qm", False),
    ("resources/screenshots/main-window.png", False),
    ("resources/i18n/editorberita_id.ts", False),
    ("resources/i18n/editorberita_id.qm", True),
    ("resources/dictionaries/id_ID/id_ID.dic", True),
    ("editorberita/core/migrations/versions/__pycache__/x.pyc", False),
    ("editorberita/core/migrations/versions/0001_initial.py", True),
])
def test_data_filter(dest: str, wanted: bool) -> None:
    assert freeze.data_wanted(dest) is wanted


def test_symlinks_to_pruned_libraries_are_dropped() -> None:
    datas = [("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
             ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
             ("resources/css/article.css", "/src/article.css", "DATA")]
    binaries = [("PySide6/Qt/lib/libQt6Gui.so.6", "/x/libQt6Gui.so.6", "BINARY")]
    assert [d[0] for d in freeze.drop_dangling_symlinks(datas, binaries)] == [
        "libQt6Gui.so.6", "resources/css/article.css"]


def _versioninfo_signatures() -> dict[str, list[str]]:
    """Return PyInstaller's version-resource classes and their __init__ parameters.

    Read from the source: the module imports pefile and win32api, which only Windows has.
    """
    import ast
    import importlib.util

    spec = importlib.util.find_spec("PyInstaller")
    assert spec is not None and spec.origin is not None
    source = Path(spec.origin).parent / "utils" / "win32" / "versioninfo.py"
    signatures = {}
    for node in ast.parse(source.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    signatures[node.name] = [a.arg for a in item.args.args[1:]]
    return signatures


def test_windows_version_resource_is_valid() -> None:
    signatures = _versioninfo_signatures()
    built: list[tuple[str, dict[str, object]]] = []

    def maker(name: str):  # type: ignore[no-untyped-def]
        def make(*args: object, **kwargs: object) -> str:
            params = signatures[name]
            assert len(args) <= len(params) and set(kwargs) <= set(params), (name, kwargs)
            built.append((name, {**dict(zip(params, args, strict=False)), **kwargs}))
            return name
        return make

    text = freeze.version_info_text(__version__)
    eval(text, {name: maker(name) for name in signatures})  # as PyInstaller loads it
    kinds = {name for name, _ in built}
    assert {"VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
            "VarFileInfo", "VarStruct"} <= kinds
    strings = {k["name"]: k["val"] for n, k in built if n == "StringStruct"}
    assert strings["ProductVersion"] == __version__
    assert strings["OriginalFilename"] == "EditorBerita.exe"
    fixed = next(k for n, k in built if n == "FixedFileInfo")
    assert fixed["filevers"] == freeze.version_tuple(__version__)
    assert freeze.version_tuple("1.2.3rc1") == (1, 2, 3, 1)


def test_icon_sizes_and_ico_are_committed() -> None:
    from PySide6.QtGui import QImage

    icons = ROOT / "resources" / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256):
        image = QImage(str(icons / f"editorberita-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    ico = (icons / "editorberita.ico").read_bytes()
    assert ico[:4] == b"\0\0\1\0" and int.from_bytes(ico[4:6], "little") == 7


def test_console_is_left_alone_off_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    stdout = io.StringIO()
    monkeypatch.setattr(sys, "stdout", stdout)
    assert attach_parent_console(platform="linux") is False
    assert sys.stdout is stdout


class _Kernel32:
    """Stands in for Windows' kernel32 (the only OS call of console.py)."""

    def __init__(self, attaches: bool) -> None:
        self.attaches = attaches
        self.calls: list[int] = []

    def AttachConsole(self, pid: int) -> int:
        self.calls.append(pid)
        return 1 if self.attaches else 0


def test_windowed_build_without_console_prints_nowhere_instead_of_crashing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    kernel32 = _Kernel32(attaches=False)
    assert attach_parent_console(kernel32, platform="win32") is False
    assert kernel32.calls == [-1]
    assert sys.stdout is not None and sys.stdout.name == os.devnull
    print("nobody sees this")
    sys.stdout.close()
    sys.stderr.close()


def test_cli_info_names_every_location(tmp_path: Path) -> None:
    env = {**os.environ, "EDITORBERITA_DATA": str(tmp_path / "data"), "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, "-m", "editorberita", "info"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    for word in ("Mode portabel: tidak", f"Folder data:   {tmp_path / 'data'}",
                 "Basis data:", "Pengaturan:", f"Log:           {tmp_path / 'data'}",
                 "Cadangan:"):
        assert word in result.stdout
