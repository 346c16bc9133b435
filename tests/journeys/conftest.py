"""Journey harness: a desk editor's day played on the real app, across real process boundaries.

Each journey starts the real app (``editorberita`` via ``driver.py``, offscreen Qt) in a
subprocess, drives it, quits it (``App.quit``: the Quit action, Ctrl+Q) or kills it
(``App.kill``: SIGKILL), starts it again on the same database and settings, and checks what the
next editor sees and what the store holds. Nothing in the product is there for the tests: the
driver adds its command channel from outside (see driver.py).

API (fixture ``desk``, one isolated data folder, settings and database per test)::

    def test_something(desk: Desk) -> None:
        article_id = desk.seed(lambda store: store.create_article(headline="A").id)
        app = desk.start()                   # waits until the store has filled the window
        app.type("Samarinda", into="window.metadata.byline_edit")  # real key events
        app.wait_until("not window.is_dirty")  # a Python expression, evaluated in the app
        app.eval("window.current_article.byline")   # -> JSON value (repr() otherwise)
        app.exec("window.metadata.rubric_combo.setCurrentIndex(2)")  # statements
        app.form()    # form fields (as an Article would be composed), list, preview, title
        app.dialogs() # every dialog shown so far (the driver closes each one at once)
        app.screenshot("after-restart.png")  # the window as a PNG (JOURNEY_SCREENSHOTS=dir)
        app.quit()    # Ctrl+Q; returns the exit code    |  app.kill()  # SIGKILL
        with desk.store() as store: ...      # core's store, read-only, on the same file
        desk.cli("import", folder)           # the CLI on the same database and data folder

In app code, ``window`` is the visible main window and ``form()``, ``Qt``, ``QTest`` and
``QApplication`` are at hand (driver.py). ``desk.start(wait=False)`` returns at once (e.g. to
read the window before the store opens); ``desk.start(ready="expr")`` waits for another
condition. Every app still running at the end of a test is killed.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import pytest

from editorberita.core.store import ArticleStore, open_store

DRIVER = Path(__file__).with_name("driver.py")
PREFIX = "JOURNEY "
#: Generous: the machine may be busy; a journey waits for conditions, never for fixed times.
TIMEOUT_S = float(os.environ.get("JOURNEY_TIMEOUT", "60"))
SCREEN = (1366, 768)
LOADED = "window is not None and window.session.is_open and not window.preview.is_stale()"

T = TypeVar("T")


class AppError(AssertionError):
    """The app answered a command with an error, died, or did not answer in time."""


class App:
    """One running EditorBerita process, driven through driver.py's command channel."""

    def __init__(self, proc: subprocess.Popen[str], stderr_path: Path) -> None:
        self.proc = proc
        self.stderr_path = stderr_path
        self._answers: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._next_id = 0
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    # --------------------------------------------------------------- commands

    def eval(self, expr: str, timeout: float = TIMEOUT_S) -> Any:
        """Evaluate a Python expression in the app (GUI thread) and return its JSON value."""
        return self._call("eval", expr, timeout)

    def exec(self, code: str, timeout: float = TIMEOUT_S) -> None:
        """Run Python statements in the app (GUI thread)."""
        self._call("exec", code, timeout)

    def wait_until(self, expr: str, timeout: float = TIMEOUT_S, interval: float = 0.05) -> Any:
        """Poll ``expr`` in the app until it is truthy; return its value."""
        deadline = time.monotonic() + timeout
        value: Any = None
        while time.monotonic() < deadline:
            value = self.eval(expr)
            if value:
                return value
            time.sleep(interval)
        raise AppError(f"timed out waiting for {expr!r} (last value {value!r})\n"
                       + self.stderr_tail())

    def type(self, text: str, into: str = "window.editor") -> None:
        """Type ``text`` into a widget with real key events (QTest.keyClicks)."""
        self.exec(f"QTest.keyClicks({into}, {text!r})")

    def key(self, key: str, into: str = "window.editor", modifiers: str = "NoModifier") -> None:
        """Press one key, e.g. ``app.key("Key_Return")`` or ``("Key_S", modifiers="Control")``."""
        mods = " | ".join(f"Qt.KeyboardModifier.{m.strip()}"
                          + ("Modifier" if not m.strip().endswith("Modifier") else "")
                          for m in modifiers.split("|"))
        self.exec(f"QTest.keyClick({into}, Qt.Key.{key}, {mods})")

    def form(self) -> dict[str, Any]:
        """Return what the window shows: form values, pictures, title, list ids, preview."""
        return dict(self.eval("form()"))

    def dialogs(self) -> list[dict[str, str]]:
        """Return every dialog shown so far (class, title, text)."""
        return list(self.eval("DIALOGS"))

    def screenshot(self, name: str) -> Path:
        """Grab the window (1366×768 unless resized) as ``name`` in the desk's folder; also
        into $JOURNEY_SCREENSHOTS when set, to look at. Returns the desk's copy."""
        folder = self.stderr_path.parent
        path = folder / name
        self.exec(f"window.grab().save({str(path)!r})")
        extra = os.environ.get("JOURNEY_SCREENSHOTS")
        if extra:
            Path(extra).mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, Path(extra) / name)
        return path

    # -------------------------------------------------------------- endings

    def quit(self, timeout: float = TIMEOUT_S) -> int:
        """Quit as the editor does (Ctrl+Q: the Quit action); return the exit code."""
        self.exec("later(\"window.action('quit').trigger()\")")
        return self.wait_exit(timeout)

    def kill(self) -> None:
        """SIGKILL the app: no close event, no saving, no clean-up."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(TIMEOUT_S)

    def wait_exit(self, timeout: float = TIMEOUT_S) -> int:
        """Wait for the process to end by itself; return its exit code."""
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AppError("the app did not exit\n" + self.stderr_tail()) from None

    @property
    def running(self) -> bool:
        """Return True while the process lives."""
        return self.proc.poll() is None

    def stderr_tail(self, lines: int = 40) -> str:
        """Return the end of the app's stderr (for failure messages)."""
        try:
            text = self.stderr_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "app stderr:\n" + "\n".join(text.splitlines()[-lines:])

    # ------------------------------------------------------------- internals

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith(PREFIX):
                self._answers.put(json.loads(line[len(PREFIX):]))
        self._answers.put(None)  # the process ended

    def _call(self, op: str, code: str, timeout: float) -> Any:
        if not self.running:
            raise AppError(f"the app is not running (exit {self.proc.returncode})\n"
                           + self.stderr_tail())
        self._next_id += 1
        ident = self._next_id
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write(json.dumps({"id": ident, "op": op, "code": code}) + "\n")
            self.proc.stdin.flush()
        except BrokenPipeError:
            raise AppError("the app closed its input\n" + self.stderr_tail()) from None
        deadline = time.monotonic() + timeout
        while True:
            try:
                answer = self._answers.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                raise AppError(f"no answer to {code!r} in {timeout} s\n"
                               + self.stderr_tail()) from None
            if answer is None:
                raise AppError(f"the app ended while running {code!r}\n" + self.stderr_tail())
            if answer.get("id") == ident:
                break
        if not answer.get("ok"):
            raise AppError(f"{code!r} failed in the app:\n{answer.get('error')}")
        return answer.get("value")


class Desk:
    """One editor's desk: a data folder, settings and a database, shared by every start."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.db = root / "berita.sqlite3"
        screen = root / "offscreen-screen.json"  # a 1366×768 screen, as on a desk laptop
        screen.write_text(json.dumps({"screens": [{
            "name": "desk", "x": 0, "y": 0, "width": SCREEN[0], "height": SCREEN[1],
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
        self.env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
                        EDITORBERITA_LANG="id",
                        XDG_CONFIG_HOME=str(root / "config"), HOME=str(root / "home"),
                        EDITORBERITA_DATA=str(root / "data"), PYTHONUNBUFFERED="1")
        self.env.pop("EDITORBERITA_DB", None)
        self.env.pop("EDITORBERITA_STARTUP_MARKS", None)
        self.apps: list[App] = []
        self._starts = 0

    def seed(self, fill: Callable[[ArticleStore], T]) -> T:
        """Prepare the database with core's store before the app starts; return ``fill``'s."""
        store = open_store(self.db)
        try:
            from editorberita.core.sample import ensure_first_run_content

            ensure_first_run_content(store)  # what the app adds on its first start anyway
            return fill(store)
        finally:
            store.close()

    def start(self, *args: str, wait: bool = True, ready: str = LOADED) -> App:
        """Start the app on this desk's database; by default wait until the store filled it."""
        self._starts += 1
        stderr_path = self.root / f"app-{self._starts}.stderr"
        proc = subprocess.Popen(
            [sys.executable, str(DRIVER), "--db", str(self.db), *args], env=self.env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=stderr_path.open("w", encoding="utf-8"), text=True, encoding="utf-8",
            bufsize=1)
        app = App(proc, stderr_path)
        self.apps.append(app)
        if wait:
            app.wait_until(ready)
        return app

    @contextmanager
    def store(self) -> Iterator[ArticleStore]:
        """Open the database with core's store, read-only (an app may still hold it)."""
        store = open_store(self.db, read_only=True)
        try:
            yield store
        finally:
            store.close()

    def cli(self, *args: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run ``editorberita --db <this database> ARGS`` as a user would, in a subprocess."""
        done = subprocess.run(
            [sys.executable, "-m", "editorberita", "--db", str(self.db), *map(str, args)],
            env=self.env, capture_output=True, text=True, timeout=TIMEOUT_S)
        if check and done.returncode != 0:
            raise AssertionError(f"editorberita {args} failed: {done.stdout}{done.stderr}")
        return done

    def close(self) -> None:
        """Kill every app still running."""
        for app in self.apps:
            if app.running:
                app.kill()


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    """Return a fresh desk (data folder, settings, database); kills its apps afterwards."""
    desk = Desk(tmp_path)
    yield desk
    desk.close()
