"""The spell checker as a service of the window, in a child process.

``SpellService`` runs the Indonesian dictionary (spylls, pure Python) in a child process
(``core.spellworker``) so that loading it (about half a second), looking words up and computing
suggestions (up to half a second each) never hold this process's GIL: the GUI thread only reads
a cache of answers and sends the words it has not met yet in batches; the fields of
``ui.spellcheck`` underline again when the answers arrive. If the child fails (killed, no
dictionary), checking degrades to no underlines. The desk word list lives in the database
("Tambahkan ke kamus" adds for everyone on it); "Abaikan" lasts for the session.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import (
    QDeadlineTimer,
    QObject,
    QProcess,
    QProcessEnvironment,
    QTimer,
    Signal,
    Slot,
)

from editorberita.core.spelling import (
    SEED_NAME,
    WordSpan,
    check_spans,
    dictionary_folder,
    read_word_list,
)
from editorberita.core.spellworker import (
    Message,
    decode_lines,
    encode,
    worker_command,
    worker_environment,
)

logger = logging.getLogger(__name__)


CHECK_NOW_TIMEOUT_MS = 10_000  # the pre-export check waits this long for the child at most
READY_TIMEOUT_S = 30.0


class SpellService(QObject):
    """One spell checker for the window, in a child process, shared by every field."""

    ready = Signal()
    changed = Signal()  # words added or ignored, checking switched: underline everything again
    looked_up = Signal(object)  # the words the child just looked up and found misspelt
    suggestions_ready = Signal(str, list)
    failed = Signal(str)

    def __init__(self, desk_words: Callable[[], list[str]],
                 add_desk_word: Callable[[str], bool], parent: QObject | None = None,
                 *, folder: Path | None = None) -> None:
        super().__init__(parent)
        self._desk_words = desk_words
        self._add_desk_word = add_desk_word
        self._folder = folder  # another dictionary folder (tests)
        self._enabled = True
        self._process: QProcess | None = None
        self._ready = False
        self._stopping = False
        self._buffer = bytearray()
        self._cache: dict[str, bool] = {}  # word -> spelt correctly, as the child answered
        self._pending: set[str] = set()  # words met, not sent yet
        self._in_flight: int | None = None  # id of the one background batch being looked up
        self._next_id = 0
        self._answers: dict[int, Message] = {}  # answers awaited by misspelt_now
        self._suggesting: dict[int, str] = {}
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._flush)

    # ------------------------------------------------------------- lifecycle

    def start(self) -> None:
        """Start the child process that loads the dictionary (once; again after a failure)."""
        if self._process is not None:
            return
        words = self._desk_words()  # a quick query, on the thread that owns the store
        process = QProcess(self)
        command = worker_command(self._folder)
        process.setProgram(command[0])
        process.setArguments(command[1:])
        environment = QProcessEnvironment.systemEnvironment()
        for key, value in worker_environment().items():
            environment.insert(key, value)
        process.setProcessEnvironment(environment)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(self._on_output)
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_error)
        self._process = process
        self._stopping = False
        self._buffer.clear()
        process.start()
        if words:
            self._send({"op": "add", "words": list(words)})

    def wait_until_ready(self, timeout: float = READY_TIMEOUT_S) -> bool:
        """Block until the child has loaded the dictionary (tests, benchmarks); return success."""
        self.start()
        deadline = QDeadlineTimer(int(timeout * 1000))
        while not self._ready and self._process is not None and not deadline.hasExpired():
            self._process.waitForReadyRead(max(1, deadline.remainingTime()))
        return self._ready

    @Slot()
    def shutdown(self) -> None:
        """End the child now (the window closes); nothing in it needs saving."""
        process = self._process
        if process is None:
            return
        self._stopping = True
        process.kill()
        process.waitForFinished(2000)
        self._lost()

    def worker_pid(self) -> int | None:
        """Return the child's process id while it runs (tests)."""
        process = self._process
        if process is None or process.state() == QProcess.ProcessState.NotRunning:
            return None
        return int(process.processId())

    # ---------------------------------------------------------------- state

    @property
    def is_ready(self) -> bool:
        """Return True once the dictionary is loaded."""
        return self._ready

    @property
    def active(self) -> bool:
        """Return True when words are checked now (loaded and switched on)."""
        return self._enabled and self._ready

    @property
    def enabled(self) -> bool:
        """Return whether spell checking is switched on in the preferences."""
        return self._enabled

    def set_enabled(self, on: bool) -> None:
        """Switch spell checking on or off."""
        if on != self._enabled:
            self._enabled = on
            if on:
                self.start()
            self.changed.emit()

    # ---------------------------------------------------------------- words

    def misspelt(self, line: str, typing_at: int | None = None) -> list[WordSpan]:
        """Return the misspelt words of a line as far as known now; never waits for the child.

        A word not met before counts as correct for the moment and goes to the child in the
        next batch; ``looked_up`` follows with the wrong ones so the fields underline again.
        The word at ``typing_at`` (being typed or edited) is left alone: no underline when the
        cursor ends it, and its half-typed forms are not looked up. Nothing until loaded, or
        when off.
        """
        if not self._ready or not self._enabled:
            return []
        cache = self._cache
        wrong = []
        for span in check_spans(line):
            known = cache.get(span.word)
            if known is None:
                if typing_at is None or not span.start <= typing_at <= span.end:
                    self._pending.add(span.word)
            elif not known and span.end != typing_at:
                wrong.append(span)
        if self._pending and self._in_flight is None:
            self._flush_timer.start()
        return wrong

    def misspelt_now(self, line: str) -> list[WordSpan]:
        """Return the misspelt words of a line, waiting for the child's answer (the check)."""
        if not self._ready or not self._enabled:
            return []
        spans = list(check_spans(line))
        unknown = {s.word for s in spans if s.word not in self._cache}
        if unknown:
            self._check_now(unknown)
        return [s for s in spans if self._cache.get(s.word) is False]

    def _check_now(self, words: set[str]) -> None:
        """Look words up and wait for the answer (a dead child leaves them unknown)."""
        request = self._send({"op": "check", "words": sorted(words)})
        deadline = QDeadlineTimer(CHECK_NOW_TIMEOUT_MS)
        while (request not in self._answers and self._process is not None
               and not deadline.hasExpired()):
            self._process.waitForReadyRead(max(1, deadline.remainingTime()))
        self._answers.pop(request, None)

    @Slot()
    def _flush(self) -> None:
        """Send the words met since the last batch (one batch in flight at a time)."""
        if self._in_flight is not None or not self._pending or not self._ready:
            return
        words, self._pending = self._pending, set()
        words -= self._cache.keys()
        if words:
            self._in_flight = self._send({"op": "check", "words": sorted(words)})

    def word_at(self, line: str, position: int) -> WordSpan | None:
        """Return the misspelt word of ``line`` that touches ``position``, if any."""
        for span in self.misspelt_now(line):
            if span.start <= position <= span.end:
                return span
        return None

    def _forget_wrong(self, word: str) -> None:
        """Drop the cached "wrong" answers an added word may change (its forms, compounds)."""
        lower = word.lower()
        for known in [k for k, v in self._cache.items() if not v and lower in k.lower()]:
            del self._cache[known]

    def add_to_dictionary(self, word: str) -> None:
        """Add a word to the desk word list (database) and accept it from now on."""
        self._add_desk_word(word)
        self._send({"op": "add", "words": [word]})
        self._forget_wrong(word)
        self._cache[word] = True
        self.changed.emit()

    def desk_words_changed(self, added: Iterable[str] = (), removed: Iterable[str] = ()) -> None:
        """Follow edits the caller already stored in the desk word list (the Kamus dialog).

        Added words stop being underlined, removed ones are checked against the dictionary
        again (a word of the bundled seed list stays accepted). The child carries requests out
        in order, so changes sent while it still loads apply once it is ready; before it starts
        there is nothing to do (it reads the list afresh).
        """
        added, removed = list(added), list(removed)
        if self._process is None:
            return
        if removed:
            seed = (self._folder or dictionary_folder()) / SEED_NAME
            kept = set(read_word_list(seed)) if seed.exists() else set()
            removed = [word for word in removed if word not in kept]
        if removed:
            self._send({"op": "remove", "words": removed})
            for word in removed:  # every answer that may have leant on the word: ask again
                lower = word.lower()
                for known in [k for k in self._cache if lower in k.lower()]:
                    del self._cache[known]
        if added:
            self._send({"op": "add", "words": added})
            for word in added:
                self._forget_wrong(word)
                self._cache[word] = True
        self.changed.emit()

    def ignore(self, word: str) -> None:
        """Accept a word until the editor closes."""
        self._send({"op": "ignore", "word": word})
        self._forget_wrong(word)
        self._cache[word] = True
        self.changed.emit()

    def request_suggestions(self, word: str) -> None:
        """Ask the child for corrections; ``suggestions_ready(word, list)`` follows."""
        if not self._ready:
            self.suggestions_ready.emit(word, [])
            return
        request = self._send({"op": "suggest", "word": word})
        self._suggesting[request] = word

    # ---------------------------------------------------------------- the child

    def _send(self, message: Message) -> int:
        """Queue a request to the child (Qt writes it without blocking); return its id."""
        self._next_id += 1
        if "id" not in message and message["op"] in ("check", "suggest"):
            message = {**message, "id": self._next_id}
        if self._process is not None:
            self._process.write(encode(message))
        return self._next_id

    @Slot()
    def _on_output(self) -> None:
        process = self._process
        if process is None:
            return
        self._buffer.extend(process.readAllStandardOutput().data())
        for message in decode_lines(self._buffer):
            self._handle(message)

    def _handle(self, message: Message) -> None:
        op = message.get("op")
        if op == "ready":
            self._ready = True
            self.ready.emit()
            self._flush()
        elif op == "failed":
            self._fail(str(message.get("error", "")))
        elif op == "checked":
            wrong = message.get("wrong", [])
            self._cache.update(dict.fromkeys(message.get("right", []), True))
            self._cache.update(dict.fromkeys(wrong, False))
            request = message.get("id")
            if request == self._in_flight:
                self._in_flight = None
                if self._pending:
                    self._flush_timer.start()
                if wrong:  # words found correct already look correct: nothing to redraw
                    self.looked_up.emit(set(wrong))
            elif isinstance(request, int):
                self._answers[request] = message
        elif op == "suggestions":
            word = self._suggesting.pop(message.get("id", -1), str(message.get("word", "")))
            self.suggestions_ready.emit(word, list(message.get("suggestions", [])))

    @Slot(int, QProcess.ExitStatus)
    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if not self._stopping:
            logger.warning("Spell worker ended (exit code %s, %s)", code, status)
            self._fail(self.tr("the spell checker stopped"))

    @Slot(QProcess.ProcessError)
    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and not self._stopping:
            self._fail(self.tr("the spell checker could not start"))

    def _fail(self, message: str) -> None:
        """The child is gone or could not load: no underlines from now on, nothing else lost."""
        if self._process is None:
            return
        logger.warning("Spell checking is not available: %s", message)
        was_ready = self._ready
        self._stopping = True
        if self._process.state() != QProcess.ProcessState.NotRunning:
            self._process.kill()
        self._lost()
        self.failed.emit(message)
        if was_ready:
            self.changed.emit()  # take the underlines away

    def _lost(self) -> None:
        """Forget the child: unanswered requests are answered empty."""
        process, self._process = self._process, None
        if process is not None:  # a late signal of the old child must not touch a new one
            process.readyReadStandardOutput.disconnect(self._on_output)
            process.finished.disconnect(self._on_finished)
            process.errorOccurred.disconnect(self._on_error)
            process.deleteLater()
        self._ready = False
        self._in_flight = None
        self._pending.clear()
        waiting, self._suggesting = self._suggesting, {}
        for word in waiting.values():
            self.suggestions_ready.emit(word, [])
