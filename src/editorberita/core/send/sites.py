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
from editorberita.core.messages import Message, message
from editorberita.core.paths import APP_NAME, DATA_ENV, data_dir, portable_data_dir

PASSWORD_ENV = "EDITORBERITA_SITE_PASSWORD"
KEYRING_SERVICE = "EditorBerita"
SITES_FILE = "sites.json"
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
_NAME = re.compile(r"^[^\x00-\x1f/\\]{1,80}$")


def site_label(name: str, start: bool = False) -> Message | str:
    """Return "situs Kaltim" for a profile named "Kaltim" (a message: each language words it),
    but the name itself for one named "Situs Kaltim"; ``start``: at the start of a sentence."""
    if name.lower().startswith("situs"):
        return name[:1].upper() + name[1:] if start else name
    return message("site.label_start" if start else "site.label", name=name)


class SiteError(EditorBeritaError):
    """A site profile or a send went wrong; the message (a code of ``core.messages``) says why."""


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
            raise SiteError(message("site.bad_name", name=self.name))
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise SiteError(message("site.bad_address", url=self.url))
        if not self.user.strip():
            raise SiteError(message("site.no_user"))
        if self.local and parts.hostname not in LOOPBACK:
            raise SiteError(message("site.local_not_here", site=site_label(self.name, True),
                                    host=parts.hostname))
        if parts.scheme == "http" and not self.local:
            raise SiteError(message("site.plain_http", site=site_label(self.name, True)))


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
        raise SiteError(message("site.list_unreadable", path=str(path),
                                reason=str(exc))) from exc
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
    known = ", ".join(sorted(sites)) or message("site.none_yet")
    raise SiteError(message("site.unknown", name=name, known=known))


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
    where = message("site.keyring" if keyring is not None else "site.keyring_missing")
    raise SiteError(message("site.no_password", site=site_label(profile.name), where=where,
                            env=PASSWORD_ENV))
