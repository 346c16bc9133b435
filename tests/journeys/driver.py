"""Runs the real app (``editorberita.cli.main``) with a command channel for the journey tests.

Usage: ``python driver.py [editorberita arguments...]`` (e.g. ``--db PATH``). The app starts
exactly as ``editorberita`` does; this module only adds, from the outside and without hooks in
the product:

- a thread reading one JSON command per line on stdin, ``{"id": n, "op": "eval"|"exec",
  "code": "..."}``, run in the GUI thread (so also inside modal dialogs' event loops); the
  answer is one stdout line ``JOURNEY {"id": n, "ok": bool, "value": ..., "error": "..."}``;
- a record of every dialog that is shown (class, title, text) in ``DIALOGS``; each one is
  closed right after it shows, so a journey never hangs on a modal dialog (and can assert that
  none showed).

Code runs in this module's namespace: ``window`` (the visible main window, or None), ``app``,
``Qt``, ``QTest``, ``QTextCursor``, ``QApplication``, ``QWidget``, ``DIALOGS``, ``form()``,
``later(code, ms)`` and anything it imports. ``eval`` returns a JSON value (``repr`` for
anything else).
"""

from __future__ import annotations

import json
import sys
import threading
import traceback
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QTextCursor  # noqa: F401 - for journey code
from PySide6.QtTest import QTest  # noqa: F401 - for journey code
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from editorberita import cli
from editorberita.ui.application import create_application
from editorberita.ui.viewkey import ViewKey  # noqa: F401 - for journey code

PREFIX = "JOURNEY "
DIALOGS: list[dict[str, str]] = []
app = create_application()
_out_lock = threading.Lock()


def main_window() -> Any:
    """Return the newest visible main window (a restore may open another), or None."""
    windows = [w for w in QApplication.topLevelWidgets()
               if w.objectName() == "main_window" and w.isVisible()]
    return windows[-1] if windows else None


def form() -> dict[str, Any]:
    """Return what the next editor sees: the form's fields, pictures, title, list, preview."""
    w = main_window()
    if w is None:
        return {}
    m = w.metadata
    current = w.current_article
    composed = w.session.compose()
    shown = composed if composed is not None else None
    values: dict[str, Any] = {}
    if shown is not None:
        values = {
            "headline": shown.headline, "subheadline": shown.subheadline,
            "category_id": shown.category_id, "status": shown.status.value,
            "published_at": shown.published_at.isoformat() if shown.published_at else None,
            "zone": shown.zone.value, "tags": list(shown.tags), "byline": shown.byline,
            "initials": shown.initials, "dateline": shown.dateline, "kind": shown.kind.value,
            "slug": shown.slug, "slug_locked": shown.slug_locked, "lead": shown.lead,
            "body": shown.body, "featured_asset_id": shown.featured_asset_id,
        }
    return {
        "article_id": current.id if current is not None else None,
        "values": values,
        "rubric_text": m.rubric_combo.currentText(),
        "slug_text": m.slug_edit.text(),
        "pictures": [a.id for a in w.picture_panel.pictures()],
        "title": w.windowTitle(),
        "editor_read_only": w.editor.isReadOnly(),
        "form_enabled": m.isEnabled(),
        "dirty": w.is_dirty,
        "list": [w.article_model.article_id(r) for r in range(w.article_model.rowCount())],
        "preview": w.preview.toPlainText(),
        "preview_stale": w.preview.is_stale(),
    }


def later(code: str, ms: int = 0) -> None:
    """Run ``code`` after ``ms`` in the GUI thread (e.g. quitting after the answer is sent)."""
    QTimer.singleShot(ms, lambda: exec(code, globals()))


def _send(message: dict[str, Any]) -> None:
    line = PREFIX + json.dumps(message, default=repr, ensure_ascii=False)
    with _out_lock:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


class _Channel(QObject):
    """Receives commands from the reader thread and runs them in the GUI thread."""

    received = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.received.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, command: dict[str, Any]) -> None:
        globals()["window"] = main_window()
        reply: dict[str, Any] = {"id": command.get("id")}
        try:
            if command["op"] == "eval":
                value = eval(command["code"], globals())
                try:
                    json.dumps(value)
                except (TypeError, ValueError):
                    value = repr(value)
                reply.update(ok=True, value=value)
            else:
                exec(command["code"], globals())
                reply.update(ok=True, value=None)
        except BaseException:
            reply.update(ok=False, error=traceback.format_exc())
        _send(reply)


class _DialogWatcher(QObject):
    """Records every dialog shown and closes it, so modal dialogs never block a journey."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(obj, QDialog):
            text = obj.text() if isinstance(obj, QMessageBox) else ""
            if not text:
                labels = [c.text() for c in obj.findChildren(QWidget)
                          if hasattr(c, "text") and c.metaObject().className() == "QLabel"]
                text = "\n".join(labels)
            DIALOGS.append({"class": type(obj).__name__, "title": obj.windowTitle(),
                            "text": text})
            print(f"journey driver: dialog {type(obj).__name__}: {obj.windowTitle()}: {text}",
                  file=sys.stderr, flush=True)
            QTimer.singleShot(0, obj.reject)
        return False


def _read_commands(channel: _Channel) -> None:
    for line in sys.stdin:
        line = line.strip()
        if line:
            channel.received.emit(json.loads(line))


def main() -> int:
    """Start the command channel and the dialog watcher, then the app as ``editorberita``."""
    channel = _Channel()
    watcher = _DialogWatcher()
    app.installEventFilter(watcher)
    threading.Thread(target=_read_commands, args=(channel,), daemon=True).start()
    globals()["window"] = None
    return cli.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
