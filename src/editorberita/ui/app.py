"""Composition root: build the application, the window and the start-up, then run.

``run`` reads top to bottom: preferences, language, the window (painted first, with empty
panes), then ``ui.startup.Startup`` opens the database right after the first paint: SQLAlchemy,
Jinja and Markdown take longer to import than Qt itself, so they load while the user already
sees the window. ``ui.application`` holds the application-wide set-up, ``ui.smoke`` the
``--smoke-test`` and the start-up marks for the benchmark (``EDITORBERITA_STARTUP_MARKS=1``).
Module-level imports are light (``tests/ui/test_window_flows.py`` checks it).
"""

from __future__ import annotations

import os
from pathlib import Path

from editorberita.core.desklocation import desk_location
from editorberita.ui.application import (
    choose_language,
    create_application,
    default_settings,
    install_excepthook,
    install_translators,
    throwaway_settings,
)

MARKS_ENV = "EDITORBERITA_STARTUP_MARKS"


def run(db_path: Path | str | None = None, smoke_test: bool = False) -> int:
    """Show the editor window, then open the desk in it; return the exit code.

    ``db_path`` is ``--db``: a desk file, or a server desk URL (``postgresql://…``); without
    it ``EDITORBERITA_DB``, else the default file.
    """
    from editorberita.ui.appearance import apply_color_scheme_preference
    from editorberita.ui.clipboard import release_clipboard
    from editorberita.ui.mainwindow import MainWindow
    from editorberita.ui.prompts import Prompts
    from editorberita.ui.settings import Settings
    from editorberita.ui.smoke import SelfCheck
    from editorberita.ui.startup import Startup

    app = create_application()
    settings = Settings(throwaway_settings() if smoke_test else default_settings())
    language = choose_language(settings.language)
    install_translators(app, language)
    apply_color_scheme_preference(str(settings.get("ui/color_scheme")))
    if not smoke_test:
        install_excepthook()
    prompts = Prompts()  # every question and file chooser of the app goes through it
    window = MainWindow(settings, prompts)  # no store yet: it opens after the first paint
    check = SelfCheck(smoke_test=smoke_test, marks=bool(os.environ.get(MARKS_ENV)))
    check.watch(window, language)
    location = desk_location(db_path)
    startup = Startup(app, window, settings, location, prompts, check.state, quiet=check.active)
    window.show()
    app.aboutToQuit.connect(release_clipboard)
    code = app.exec()
    check.stop()
    startup.close()
    return check.exit_code(code)
