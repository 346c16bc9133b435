"""Where things live: bundled resources, the user data folder and the default database.

May import the standard library and platformdirs only.
"""

from __future__ import annotations

import contextlib
import functools
import getpass
import os
import sys
import threading
from pathlib import Path

APP_NAME = "EditorBerita"
DB_ENV = "EDITORBERITA_DB"
DATA_ENV = "EDITORBERITA_DATA"


def resources_dir() -> Path:
    """Return the resources folder of a frozen build, an installed wheel or a source checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen:
        candidates.append(Path(frozen) / "resources")
    here = Path(__file__).resolve()
    candidates.append(here.parents[1] / "resources")  # installed wheel: editorberita/resources
    candidates.append(here.parents[3] / "resources")  # source checkout: <repo>/resources
    for candidate in candidates:
        if (candidate / "templates").is_dir():
            return candidate
    raise FileNotFoundError("EditorBerita resources folder not found (looked in: "
                            + ", ".join(str(c) for c in candidates) + ")")


def resource(*parts: str) -> Path:
    """Return the path of one bundled resource file."""
    return resources_dir().joinpath(*parts)


@functools.cache
def article_css() -> str:
    """Return the stylesheet shared by the exported page and the preview."""
    return resource("css", "article.css").read_text(encoding="utf-8")


def portable_data_dir() -> Path | None:
    """Return the ``data`` folder next to the frozen executable, if the build runs portable."""
    if not getattr(sys, "frozen", False):
        return None
    candidate = Path(sys.executable).resolve().parent / "data"
    return candidate if candidate.is_dir() else None


def portable_settings_file() -> Path | None:
    """Return the INI file for preferences in portable mode (None: use the native store)."""
    folder = portable_data_dir()
    return folder / "settings.ini" if folder else None


def data_dir() -> Path:
    """Return (and create, private) the folder for the database, backups and logs."""
    override = os.environ.get(DATA_ENV)
    portable = None if override else portable_data_dir()
    path = Path(override) if override else (portable or _user_data_dir())
    private_folder(path)
    if not override and not portable and hasattr(os, "getuid"):
        with contextlib.suppress(OSError):  # made open by an older version: close it
            info = path.stat()
            if info.st_mode & 0o077 and info.st_uid == os.getuid():
                os.chmod(path, PRIVATE_FOLDER)
    return path


def _user_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Return (and create) the folder for things that can be rebuilt (the last preview)."""
    return private_folder(data_dir() / "cache")


def log_file() -> Path:
    """Return the editor's log file (rotated) in the data folder."""
    return data_dir() / "editorberita.log"


def native_settings_location() -> str:
    """Describe where Qt keeps preferences when not portable (for ``editorberita info``)."""
    if sys.platform == "win32":
        return rf"HKEY_CURRENT_USER\Software\{APP_NAME}\{APP_NAME}"
    if sys.platform == "darwin":
        return f"~/Library/Preferences/com.{APP_NAME.lower()}.{APP_NAME}.plist"
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return str(Path(config) / APP_NAME / f"{APP_NAME}.conf")


def default_db_path() -> Path:
    """Return the embedded default database path (``EDITORBERITA_DB`` wins)."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override)
    return data_dir() / "editorberita.sqlite3"


def backups_dir(db_path: Path) -> Path:
    """Return the backups folder that sits next to a database file."""
    return db_path.resolve().parent / "backups"


# ------------------------------------------------------------------ file modes
# The database, its backups, the log and the preview cache hold unpublished work: owner only.
# Exported files are public by purpose: they follow the user's umask like any program's files.
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
_umask_lock = threading.Lock()


def current_umask() -> int:
    """Return the process umask without changing it (Linux reads it from /proc)."""
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status",
                                                         encoding="ascii") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    with _umask_lock:  # elsewhere: set and restore it (other threads' files wait for the lock)
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def public_file_mode() -> int:
    """Return the mode a new file of any program gets: 0666 less the umask (0644 typically)."""
    return 0o666 & ~current_umask()


def private_folder(path: Path) -> Path:
    """Create ``path`` (and its parents) if missing, the folder itself owner-only; return it."""
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    return path


def create_private(path: Path) -> None:
    """Create ``path`` empty and owner-only if it does not exist (SQLite and the log then keep
    the mode; SQLite gives its -wal and -shm files the database's mode too)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))


def make_private(path: Path) -> None:
    """Make an existing file owner-only (best effort: some file systems have no modes)."""
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_FILE)


def login_name() -> str:
    """Return the OS login, the desk name of an editor who has not chosen one."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""
