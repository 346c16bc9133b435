"""The frozen build's spell checker: the bundle starts itself as the spell worker and it answers.

The window runs spylls in a child process started with ``worker_command()``, which for the
frozen app is the executable itself with ``--spell-worker``; ``--spell-self-test`` starts that
very command, checks two words and asks a suggestion.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import run_frozen

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]


def test_frozen_spell_worker_answers(frozen_dir: Path) -> None:
    result = run_frozen(frozen_dir, "--spell-self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "spell worker ok" in result.stdout
    assert "wrong ['kebijkan'], suggestion kebijakan" in result.stdout


def test_frozen_spell_worker_reports_a_missing_dictionary(frozen_dir: Path,
                                                          tmp_path: Path) -> None:
    result = run_frozen(frozen_dir, "--spell-worker", tmp_path)
    assert result.returncode == 1
    assert '"op": "failed"' in result.stdout
