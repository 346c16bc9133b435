"""The spell checker's child process: the protocol, real answers, failure and the end of input."""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

import pytest

from editorberita.core.spellworker import (
    decode_lines,
    encode,
    self_test,
    serve,
    worker_command,
    worker_environment,
)


def run_worker(*messages: dict[str, object], folder: Path | None = None,
               timeout: float = 60) -> tuple[int, list[dict[str, object]], str]:
    """Run the real worker command with these requests on its stdin; return its answers."""
    result = subprocess.run(worker_command(folder), input=b"".join(map(encode, messages)),
                            capture_output=True, timeout=timeout,
                            env={**os.environ, **worker_environment()})
    return (result.returncode, list(decode_lines(bytearray(result.stdout))),
            result.stderr.decode("utf-8", "replace"))


def test_lines_are_split_only_when_complete_and_junk_is_skipped() -> None:
    buffer = bytearray(encode({"op": "ready"}) + b"not json\n" + b'{"op": "che')
    assert list(decode_lines(buffer)) == [{"op": "ready"}]
    assert buffer == b'{"op": "che'
    buffer.extend(b'cked", "id": 3}\n')
    assert list(decode_lines(buffer)) == [{"op": "checked", "id": 3}]
    assert buffer == b""


def test_the_child_answers_checks_and_suggestions_in_order_of_need() -> None:
    code, answers, errors = run_worker(
        {"op": "suggest", "id": 1, "word": "kebijkan"},
        {"op": "add", "words": ["Disperkim"]},
        {"op": "ignore", "word": "Sangattaa"},
        {"op": "check", "id": 2, "words": ["kebijkan", "anak-anak", "Disperkim", "Sangattaa",
                                           "DISPERKIM", "pemerintahh"]},
        {"op": "quit"})
    assert code == 0, errors
    assert [a["op"] for a in answers] == ["ready", "checked", "suggestions"]  # checks first
    checked = answers[1]
    assert checked["id"] == 2
    assert sorted(checked["wrong"]) == ["kebijkan", "pemerintahh"]
    assert sorted(checked["right"]) == ["DISPERKIM", "Disperkim", "Sangattaa", "anak-anak"]
    assert answers[2]["id"] == 1 and answers[2]["suggestions"][0] == "kebijakan"


def test_a_missing_dictionary_is_reported_not_hidden(tmp_path: Path) -> None:
    code, answers, _ = run_worker({"op": "check", "id": 1, "words": ["kata"]},
                                  folder=tmp_path)
    assert code == 1
    assert [a["op"] for a in answers] == ["failed"]
    assert "id_ID" in str(answers[0]["error"])


def test_the_child_ends_when_its_input_closes() -> None:
    """The window's end (closed or crashed) closes the pipe: the child must not linger."""
    process = subprocess.Popen(worker_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               env={**os.environ, **worker_environment()})
    assert process.stdout is not None and process.stdin is not None
    assert b'"ready"' in process.stdout.readline()
    process.stdin.close()
    try:
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:
            process.kill()


def test_serve_in_process_answers_and_stops_at_end_of_input() -> None:
    stdin = io.BytesIO(encode({"op": "check", "id": 5, "words": ["warga", "wargaa"]}))
    stdout = io.BytesIO()
    assert serve(stdin, stdout) == 0
    answers = list(decode_lines(bytearray(stdout.getvalue())))
    assert answers[1] == {"op": "checked", "id": 5, "wrong": ["wargaa"], "right": ["warga"]}


def test_self_test_runs_the_worker(capsys: pytest.CaptureFixture[str]) -> None:
    assert self_test() == 0
    assert "spell worker ok" in capsys.readouterr().out
