"""The command line speaks Indonesian: argparse's own words too (issue 12).

Runs the real ``editorberita`` in a subprocess for the main help, every subcommand's help and
the usage errors argparse writes itself, and fails on any English word argparse would print.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from editorberita.cli import build_parser

ENGLISH = re.compile(
    r"\b(usage|positional arguments|optional arguments|options|show this help|help message|"
    r"and exit|error|invalid|choose from|required|expected|unrecognized|ambiguous|argument|"
    r"version number|CATEGORY|SEARCH|LIMIT|PATH|OUT|TO|DB|FILE|PATHS|IDS)\b")


def _run(*args: str) -> str:
    result = subprocess.run([sys.executable, "-m", "editorberita", *args], capture_output=True,
                            text=True, encoding="utf-8", timeout=60)
    return result.stdout + result.stderr


def _commands() -> list[str]:
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    return sorted(sub.choices)  # type: ignore[arg-type]


@pytest.mark.parametrize("args", [["--help"], *[[c, "--help"] for c in _commands()]],
                         ids=lambda a: " ".join(a))
def test_help_has_no_english_argparse_words(args: list[str]) -> None:
    text = _run(*args)
    assert "penggunaan: editorberita" in text
    assert ENGLISH.findall(text) == [], text


@pytest.mark.parametrize("args", [
    ["bogus"], ["--nope"], ["restore"], ["export", "--format", "pdf"], ["list", "--limit"],
    ["list", "--limit", "x"], ["import"], ["list", "extra"]], ids=lambda a: " ".join(a))
def test_usage_errors_are_indonesian(args: list[str]) -> None:
    text = _run(*args)
    assert "kesalahan:" in text
    assert ENGLISH.findall(text) == [], text


def test_status_help_lists_english_and_indonesian_words() -> None:
    text = _run("list", "--help")
    for word in ("draft", "Draf", "published", "Tayang", "Siap", "withdrawn", "Ditarik"):
        assert word in text
