"""The OS keyring, where one is usable: site passwords and server desk passwords live there.

Never a password in settings in plain text: a caller without a usable keyring (no backend, a
broken configuration, a locked keyring) keeps the password for the session only and says so.
"""

from __future__ import annotations

import contextlib
from types import ModuleType


def usable_keyring() -> ModuleType | None:
    """Return the keyring module, or None when it is missing or has no usable backend."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        if isinstance(keyring.get_keyring(), fail.Keyring):
            return None
    except Exception:  # a broken backend configuration: same as none
        return None
    return keyring


def keep_secret(service: str, account: str, secret: str) -> bool:
    """Keep ``secret`` in the OS keyring; False when there is none or it refused."""
    keyring = usable_keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(service, account, secret)
    except Exception:  # locked or refusing keyring: the caller says how to go on
        return False
    return True


def read_secret(service: str, account: str) -> str:
    """Return the kept secret, or "" when there is none (or no keyring)."""
    keyring = usable_keyring()
    if keyring is None:
        return ""
    try:
        return str(keyring.get_password(service, account) or "")
    except Exception:  # a locked keyring: as if nothing were kept
        return ""


def forget_secret(service: str, account: str) -> None:
    """Remove the kept secret, if it is there."""
    keyring = usable_keyring()
    if keyring is None:
        return
    with contextlib.suppress(Exception):  # not there, or refused: nothing to forget
        keyring.delete_password(service, account)
