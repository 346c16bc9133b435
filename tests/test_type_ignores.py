"""Every ``type: ignore`` in ``src/`` names its error code and says why on the same line.

mypy runs in ``make lint`` (configured in pyproject.toml); an ignore is a debt, so the reader
must see what it silences and why the checker is wrong there.
"""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
# "# type: ignore[code]" followed by "  # a reason" with at least a few words of text.
GOOD = re.compile(r"#\s*type:\s*ignore\[[a-z-]+(?:,\s*[a-z-]+)*\]\s+#\s*\S.{4,}")


def bare_ignores(root: Path = SRC) -> list[str]:
    """Return "path:line" for each ignore without a code or without a reason after it."""
    found = []
    for path in sorted(root.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(r"#\s*type:\s*ignore", line) and not GOOD.search(line):
                found.append(f"{path.relative_to(root)}:{number}")
    return found


def test_every_type_ignore_says_why() -> None:
    assert bare_ignores() == []


def test_the_check_sees_a_bare_ignore(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = f()  # type: ignore\n"
                                   "y = g()  # type: ignore[attr-defined]\n"
                                   "z = h()  # type: ignore[attr-defined]  # the stub lacks h\n",
                                   encoding="utf-8")
    assert bare_ignores(tmp_path) == ["a.py:1", "a.py:2"]
