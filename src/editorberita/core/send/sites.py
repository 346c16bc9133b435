"""Site profiles: name, address, login and whether the site is on this machine.

Kept as JSON in the user's config folder (the data folder when ``EDITORBERITA_DATA`` or the
portable build points there). Passwords are never written here: they live in the OS keyring
(``keyring``), or come from ``EDITORBERITA_SITE_PASSWORD`` for scripts and CI.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit

from editorberita.core.domain import EditorBeritaError
from editorberita.core.fileio import atomic_write
from editorberita.core.keyrings import usable_keyring
from editorberita.core.paths import APP_NAME, DATA_ENV, data_dir, portable_data_dir

PASSWORD_ENV = "EDITORBERITA_SITE_PASSWORD"
KEYRING_SERVICE = "EditorBerita"
SITES_FILE = "sites.json"
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
_NAME = re.compile(r"^[^\x00-\x1f/\\]{1,80}$")


def site_label(name: str, start: bool = False) -> str:
    """Return "situs Kaltim" for a profile named "Kaltim", but "Situs Kaltim" for one named so."""
    label = name if name.lower().startswith("situs") else f"situs {name}"
    return label[:1].upper() + label[1:] if start else label


class SiteError(EditorBeritaError):
    """A site profile or a send went wrong; the message says why, in Indonesian."""


@dataclass(frozen=True)
class SiteProfile:
    """A WordPress site the desk sends to (the password is not part of it)."""

    name: str
    url: str
    user: str
    local: bool = False  # plain HTTP allowed: the site runs on this machine
    api_root: str = ""  # found by discovery; "" until the first test or send

    def check(self) -> None:
        """Refuse a profile that would send a password in clear or to nowhere."""
        if not _NAME.match(self.name) or not self.name.strip():
            raise SiteError(f"Nama situs “{self.name}” tidak bisa dipakai.")
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise SiteError(f"Alamat situs “{self.url}” bukan alamat web (https://…).")
        if not self.user.strip():
            raise SiteError("Nama pengguna WordPress belum diisi.")
        if self.local and parts.hostname not in LOOPBACK:
            raise SiteError(f"{site_label(self.name, True)} ditandai lokal, tetapi alamatnya "
                            f"{parts.hostname} bukan komputer ini (127.0.0.1/localhost).")
        if parts.scheme == "http" and not self.local:
            raise SiteError(f"{site_label(self.name, True)} memakai http:// tanpa enkripsi: "
                            "kata sandi akan terkirim terbuka. Pakai https://, atau tandai "
                            "situs lokal (--local) bila situs berjalan di komputer ini.")


def sites_file() -> Path:
    """Return the JSON file of the profiles (config folder; data folder when overridden)."""
    if os.environ.get(DATA_ENV) or portable_data_dir() is not None:
        return data_dir() / SITES_FILE
    from platformdirs import user_config_dir

    folder = Path(user_config_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / SITES_FILE


def load_sites(path: Path | None = None) -> dict[str, SiteProfile]:
    """Return the profiles by name (none when the file is missing or unreadable)."""
    path = path or sites_file()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise SiteError(f"Daftar situs {path} tidak bisa dibaca ({exc}).") from exc
    sites: dict[str, SiteProfile] = {}
    for item in raw.get("sites", []) if isinstance(raw, dict) else []:
        try:
            profile = SiteProfile(name=str(item["name"]), url=str(item["url"]),
                                  user=str(item["user"]), local=bool(item.get("local")),
                                  api_root=str(item.get("api_root", "")))
        except (KeyError, TypeError):
            continue
        sites[profile.name] = profile
    return sites


def save_sites(sites: dict[str, SiteProfile], path: Path | None = None) -> None:
    """Write the profiles atomically (no password is in them)."""
    path = path or sites_file()
    data = {"sites": [asdict(s) for s in sorted(sites.values(), key=lambda s: s.name.lower())]}
    atomic_write(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8") + b"\n")


def get_site(name: str) -> SiteProfile:
    """Return a profile by name, or raise a message listing the known ones."""
    sites = load_sites()
    if name in sites:
        return sites[name]
    known = ", ".join(sorted(sites)) or "belum ada; tambah dengan “editorberita site add”"
    raise SiteError(f"Situs “{name}” tidak dikenal (situs: {known}).")


def put_site(profile: SiteProfile) -> None:
    """Add or replace a profile."""
    profile.check()
    sites = load_sites()
    sites[profile.name] = profile
    save_sites(sites)


def remove_site(name: str) -> bool:
    """Remove a profile (and its keyring password); return whether it existed."""
    sites = load_sites()
    profile = sites.pop(name, None)
    if profile is None:
        return False
    save_sites(sites)
    forget_password(profile)
    return True


# -------------------------------------------------------------------- passwords


_keyring = usable_keyring  # one keyring check for sites and server desks


def _account(profile: SiteProfile) -> str:
    return f"{profile.name}:{profile.user}"


def store_password(profile: SiteProfile, password: str) -> bool:
    """Keep an application password in the OS keyring; False when there is no keyring."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, _account(profile), password)
    except Exception:  # locked or refusing keyring: the caller says how to go on
        return False
    return True


def forget_password(profile: SiteProfile) -> None:
    """Remove the profile's password from the keyring, if it is there."""
    keyring = _keyring()
    if keyring is None:
        return
    with contextlib.suppress(Exception):  # not there, or refused: nothing to forget
        keyring.delete_password(KEYRING_SERVICE, _account(profile))


def password_for(profile: SiteProfile) -> str:
    """Return the site's application password: the environment first, then the keyring."""
    from_env = os.environ.get(PASSWORD_ENV, "")
    if from_env:
        return from_env
    keyring = _keyring()
    found = None
    if keyring is not None:
        try:
            found = keyring.get_password(KEYRING_SERVICE, _account(profile))
        except Exception:
            found = None
    if found:
        return found
    where = ("gantungan kunci sistem" if keyring is not None else
             "gantungan kunci sistem (tidak tersedia di komputer ini)")
    raise SiteError(f"Kata sandi aplikasi untuk {site_label(profile.name)} tidak ada di {where}. "
                    f"Simpan dengan “editorberita site add”, atau setel {PASSWORD_ENV}.")
