"""The OS keyring where one is usable; none here, so nothing is kept and nothing breaks."""

from __future__ import annotations

import pytest

from editorberita.core.keyrings import forget_secret, keep_secret, read_secret, usable_keyring


def test_without_a_keyring_nothing_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    assert usable_keyring() is None
    assert keep_secret("EditorBerita uji", "rina@server", "rahasia") is False
    assert read_secret("EditorBerita uji", "rina@server") == ""
    forget_secret("EditorBerita uji", "rina@server")  # nothing to forget: no error
