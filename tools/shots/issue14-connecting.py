"""Staging for ``tools/screenshot.py --exec``: the connect dialog while "Test connection" waits
for a desk server that never answers (issue 14: connecting runs on a worker).

Usage: ``xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshot.py OUT.png
--exec tools/shots/issue14-connecting.py``. The "server" is a socket on 127.0.0.1 that accepts
and never answers, so the dialog shows "Menghubungkan…" when the screen is grabbed.
"""

import socket

from editorberita.core.desklocation import DeskAddress
from editorberita.ui.connectdialog import ConnectDialog

hole = socket.socket()
hole.bind(("127.0.0.1", 0))
hole.listen(4)  # the kernel accepts; nobody answers
dialog = ConnectDialog(window.desks.recent, window.desks.passwords, window)  # type: ignore[name-defined]  # noqa: F821
dialog.show_address(DeskAddress(host="127.0.0.1", port=hole.getsockname()[1],
                                database="redaksi", user="rina"), "Redaksi Kaltim")
dialog.password_edit.setText("rahasia")
dialog.show()
geometry = window.geometry()  # type: ignore[name-defined]  # noqa: F821
dialog.move(geometry.center() - dialog.rect().center())
dialog.test_connection()
