"""A scripted stand-in for ``ui.prompts.Prompts``: tests set the answers and read what was asked.

It is a dict of answers and records so tests read as ``answers["folder"] = ...`` and
``answers["shown"][-1]``; no Qt static is patched.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QWidget

from editorberita.core.domain import Article
from editorberita.ui.conflictdialog import ConflictChoice


class ScriptedPrompts(dict[str, object]):
    """Answers every prompt from its script; records questions and messages.

    Answers: "question" (bool), "text" (str or None), "item" (str or None), "folder", "open",
    "save" (paths as str, "" for cancel), "choice" (a key of ``choose``, default the first),
    "conflict" (a ``ConflictChoice``, default saving a copy, which keeps both texts).
    Records: "asked" [(title, text)], "shown" [(kind, (title, text))], "offered" [text],
    "conflicts" [(my body, their body)].
    """

    def __init__(self) -> None:
        super().__init__(question=True, text=None, item=None, folder="", open="", save="")

    def _record(self, key: str, value: object) -> None:
        records = self.setdefault(key, [])
        assert isinstance(records, list)
        records.append(value)

    def ask(self, parent: QWidget | None, title: str, text: str, *,
            default_no: bool = False) -> bool:
        self._record("asked", (title, text))
        return bool(self["question"])

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self._record("shown", ("information", (title, text)))

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self._record("shown", ("warning", (title, text)))

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self._record("shown", ("critical", (title, text)))

    def choose(self, parent: QWidget | None, title: str, text: str,
               choices: Sequence[tuple[str, str]], default: str) -> str:
        self._record("offered", text)
        self._record("defaults", default)
        return str(self.get("choice", choices[0][0]))

    def resolve_conflict(self, parent: QWidget | None, mine: Article,
                         theirs: Article | None) -> ConflictChoice:
        self._record("conflicts", (mine.body, theirs.body if theirs is not None else None))
        answer = self.get("conflict", ConflictChoice.SAVE_COPY)
        assert isinstance(answer, ConflictChoice)
        return answer

    def text(self, parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
        answer = self["text"]
        return None if answer is None else str(answer)

    def item(self, parent: QWidget | None, title: str, label: str,
             items: Sequence[str]) -> str | None:
        answer = self["item"]
        return None if answer is None else str(answer)

    def _path(self, key: str) -> Path | None:
        answer = str(self[key])
        return Path(answer) if answer else None

    def open_file(self, parent: QWidget | None, title: str, folder: str,
                  filters: str) -> Path | None:
        return self._path("open")

    def save_file(self, parent: QWidget | None, title: str, suggested: str,
                  filters: str) -> Path | None:
        return self._path("save")

    def folder(self, parent: QWidget | None, title: str, start: str) -> Path | None:
        return self._path("folder")
