"""The spell checker's own process: spylls lookups and suggestions away from the window's GIL.

spylls is pure Python: a dictionary load (about 0.4 s, 300,000 objects), a lookup or a
suggestion (up to 0.5 s) on a thread of the window's process holds the GIL the GUI thread needs,
and typing stalls. So the window starts this module as a child process (``worker_command``),
talks to it in JSON lines over stdin/stdout, and only ever reads its own cache of the answers.

Protocol, one JSON object a line. Parent to child::

    {"op": "add", "words": [...]}                    accept these words (desk list, "add")
    {"op": "remove", "words": [...]}                 stop accepting words added before
    {"op": "ignore", "word": "..."}                  accept this word for the session
    {"op": "check", "id": 7, "words": [...]}         look words up
    {"op": "suggest", "id": 8, "word": "..."}        corrections for one word
    {"op": "quit"}

Child to parent: ``{"op": "ready"}`` once loaded (or ``{"op": "failed", "error": ...}`` and
exit 1), ``{"op": "checked", "id": 7, "wrong": [...], "right": [...]}`` and
``{"op": "suggestions", "id": 8, "word": ..., "suggestions": [...]}``. The child ends on
"quit", when its stdin closes (the window closed or crashed) and, on Linux, when its parent
dies. Pure Python, no Qt: may import ``core.spelling``.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from editorberita.core.spelling import SpellChecker

logger = logging.getLogger(__name__)

WORKER_FLAG = "--spell-worker"  # hidden: ``EditorBerita --spell-worker [FOLDER]`` is the child
SELF_TEST_FLAG = "--spell-self-test"  # hidden: start the worker and check that it answers
Message = dict[str, Any]


# ------------------------------------------------------------------ both sides


def encode(message: Message) -> bytes:
    """Return one protocol line."""
    return json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n"


def decode_lines(buffer: bytearray) -> Iterator[Message]:
    """Yield the complete messages at the start of ``buffer`` and remove them from it."""
    while True:
        end = buffer.find(b"\n")
        if end < 0:
            return
        line = bytes(buffer[:end])
        del buffer[:end + 1]
        if line.strip():
            try:
                yield json.loads(line.decode("utf-8"))
            except ValueError:  # a stray print in the child must not stop checking
                logger.warning("Spell worker sent a line that is not a message: %r", line[:200])


def worker_command(folder: Path | None = None) -> list[str]:
    """Return the command line that starts the worker: the frozen app itself, or ``python -m``."""
    if getattr(sys, "frozen", False):
        command = [sys.executable, WORKER_FLAG]
    else:
        command = [sys.executable, "-m", "editorberita", WORKER_FLAG]
    return command + ([str(folder)] if folder is not None else [])


def worker_environment() -> dict[str, str]:
    """Return environment variables the worker needs on top of the parent's.

    From a source checkout the child must import this very copy of the package, whatever the
    parent's ``sys.path`` was made of (pytest, an IDE).
    """
    if getattr(sys, "frozen", False):
        return {}
    here = str(Path(__file__).resolve().parents[2])
    old = os.environ.get("PYTHONPATH", "")
    return {"PYTHONPATH": here + (os.pathsep + old if old else ""),
            "PYTHONIOENCODING": "utf-8"}


# ------------------------------------------------------------------ the child


def _die_with_parent() -> None:
    """On Linux, ask the kernel to end this process when its parent dies (even mid-lookup)."""
    if not sys.platform.startswith("linux"):
        return  # elsewhere the closed stdin ends the loop
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent died before prctl: nobody to answer
            sys.exit(0)
    except (OSError, AttributeError):
        pass


def _yield_to_the_window() -> None:
    """Run at a lower priority: on a busy machine the window's GUI thread gets the CPU first."""
    try:
        if sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]  # windll exists on Windows only
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), 0x4000)  # BELOW_NORMAL
        else:
            os.nice(10)
    except (OSError, AttributeError):
        pass


def _read_messages(stream: IO[bytes], inbox: queue.Queue[Message | None]) -> None:
    """Reader thread: put every message from the parent in the inbox; None at end of input."""
    buffer = bytearray()
    while True:
        chunk = stream.read1(65536) if hasattr(stream, "read1") else stream.read(65536)
        if not chunk:
            break
        buffer.extend(chunk)
        for message in decode_lines(buffer):
            inbox.put(message)
    inbox.put(None)


def handle(checker: SpellChecker, message: Message) -> Message | None:
    """Carry out one request; return the answer to send, if any."""
    op = message.get("op")
    if op == "add":
        checker.add_words(str(w) for w in message.get("words", []))
    elif op == "remove":
        for word in message.get("words", []):
            checker.remove_word(str(word))
    elif op == "ignore":
        checker.ignore(str(message.get("word", "")))
    elif op == "check":
        wrong: list[str] = []
        right: list[str] = []
        for word in message.get("words", []):
            try:
                (right if checker.check(word) else wrong).append(word)
            except Exception:  # one odd word must not stop checking
                logger.exception("Looking up %r failed", word)
                right.append(word)
        return {"op": "checked", "id": message.get("id"), "wrong": wrong, "right": right}
    elif op == "suggest":
        word = str(message.get("word", ""))
        try:
            found = checker.suggest(word)
        except Exception:
            logger.exception("Suggestions for %r failed", word)
            found = []
        return {"op": "suggestions", "id": message.get("id"), "word": word,
                "suggestions": found}
    return None


def _next_batch(inbox: queue.Queue[Message | None]) -> list[Message | None]:
    """Wait for a message, then take every one already waiting, in the order to carry out.

    Underlines matter more than a menu: adds, ignores and checks first, then suggestions,
    and the end ("quit" or closed input) last, so nothing asked before it goes unanswered.
    """
    batch = [inbox.get()]
    while True:
        try:
            batch.append(inbox.get_nowait())
        except queue.Empty:
            break

    def rank(message: Message | None) -> int:
        op = None if message is None else message.get("op")
        return 2 if op in (None, "quit") else 1 if op == "suggest" else 0

    return sorted(batch, key=rank)  # stable: the order within a rank stays


def serve(stdin: IO[bytes], stdout: IO[bytes], folder: Path | None = None) -> int:
    """Load the dictionary, then answer requests until "quit" or end of input."""
    inbox: queue.Queue[Message | None] = queue.Queue()
    threading.Thread(target=_read_messages, args=(stdin, inbox), daemon=True,
                     name="spell-reader").start()

    def send(message: Message) -> None:
        stdout.write(encode(message))
        stdout.flush()

    try:
        checker = SpellChecker(folder) if folder is not None else SpellChecker()
    except Exception as exc:  # missing or damaged dictionary: say so, then stop
        logger.exception("Loading the dictionary failed")
        send({"op": "failed", "error": str(exc) or type(exc).__name__})
        return 1
    send({"op": "ready", "pid": os.getpid()})
    while True:
        for message in _next_batch(inbox):
            if message is None or message.get("op") == "quit":
                return 0
            answer = handle(checker, message)
            if answer is not None:
                send(answer)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the child (``--spell-worker [FOLDER]``)."""
    args = sys.argv[1:] if argv is None else argv
    args = [a for a in args if a != WORKER_FLAG]
    folder = Path(args[0]) if args else None
    _die_with_parent()
    _yield_to_the_window()
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="spell worker: %(levelname)s %(message)s")
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not break the protocol
    try:
        return serve(stdin, stdout, folder)
    except (BrokenPipeError, KeyboardInterrupt):  # the parent went away
        return 0


# ------------------------------------------------------------------ self-test


def self_test(timeout: float = 60.0) -> int:
    """Start the worker as the window does, check two words and ask a suggestion; print the result.

    For the frozen build (``EditorBerita --spell-self-test``): proves the bundle can start its
    own worker, that the dictionary is inside, and that answers come back. Exit code 0 on success.
    """
    request = b"".join(encode(m) for m in (
        {"op": "check", "id": 1, "words": ["kebijkan", "kebijakan", "Samarinda"]},
        {"op": "suggest", "id": 2, "word": "kebijkan"},
        {"op": "quit"}))
    try:
        result = subprocess.run(worker_command(), input=request, capture_output=True,
                                timeout=timeout, env={**os.environ, **worker_environment()})
    except (OSError, subprocess.TimeoutExpired) as exc:
        print(f"spell worker failed: {exc}")
        return 1
    answers = {m.get("op"): m for m in decode_lines(bytearray(result.stdout))}
    checked, suggested = answers.get("checked"), answers.get("suggestions")
    ok = (result.returncode == 0 and "ready" in answers and checked is not None
          and checked.get("wrong") == ["kebijkan"] and suggested is not None
          and (suggested.get("suggestions") or [None])[0] == "kebijakan")
    if not ok or checked is None or suggested is None:
        print(f"spell worker failed: exit {result.returncode}, answers {answers}, "
              f"errors {result.stderr.decode('utf-8', 'replace')[-2000:]}")
        return 1
    print(f"spell worker ok: pid {answers['ready'].get('pid')}, wrong {checked['wrong']}, "
          f"suggestion {suggested['suggestions'][0]}")
    return 0
