"""Entry point for ``python -m editorberita`` and the frozen build."""

from __future__ import annotations

import sys


def _hidden_entry() -> int | None:
    """Run the spell worker (the window's child process) or its self-test, if asked to.

    Checked before the command line is parsed or anything else is imported, so the child
    starts fast and the frozen executable can be its own worker.
    """
    flag = sys.argv[1] if len(sys.argv) > 1 else ""
    if flag not in ("--spell-worker", "--spell-self-test"):
        return None
    from editorberita.core import spellworker  # absolute: this file also runs as a frozen script

    if flag == spellworker.WORKER_FLAG:
        return spellworker.main()
    from editorberita.console import attach_parent_console

    attach_parent_console()  # the windowed Windows build prints to the calling console
    return spellworker.self_test()


if __name__ == "__main__":
    code = _hidden_entry()
    if code is not None:
        sys.exit(code)
    from editorberita.cli import main

    sys.exit(main())
