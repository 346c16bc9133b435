"""The window words every code of core's catalogue itself, with the same fields."""

from __future__ import annotations

import string

from editorberita.core.messages import CATALOGUE, message
from editorberita.ui.messages import _wordings, explain, worded_codes


def _fields(sentence: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(sentence) if name}


def test_every_code_has_a_wording_with_the_same_fields(qapp) -> None:  # type: ignore[no-untyped-def]
    assert worded_codes() == set(CATALOGUE)
    for code, english in _wordings().items():
        assert _fields(english) == _fields(CATALOGUE[code]), code


def test_explain_words_nested_messages_in_the_interface_language(qapp) -> None:  # type: ignore[no-untyped-def]
    typed = message("os.file", path="/x/kata.txt", action=message("os.action.read"),
                    reason=message("os.ENOSPC"))
    assert explain(typed) == "The file /x/kata.txt could not be read: the disk is full."
    assert explain(ValueError("plain")) == "plain"


def test_explain_words_indonesian_as_the_catalogue(qapp, indonesian) -> None:  # type: ignore[no-untyped-def]
    typed = message("wordlist.not_utf8", name="kata.txt", line=2)
    assert explain(typed) == typed.text()


def test_a_refused_picture_reads_whole_in_either_language(qapp) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from editorberita.core.picturecheck import PictureError, check_dimensions
    from editorberita.ui.app import install_translators

    install_translators(qapp, "en")  # the English window, its numbers grouped as in English

    with pytest.raises(PictureError) as caught:
        check_dimensions(20_000, 10_000, "foto.jpg")
    assert explain(caught.value) == (
        "foto.jpg is too large: 20,000 × 10,000 pixels (the limit is 50 megapixels, "
        "16,384 pixels on the longest side).")
    assert str(caught.value) == (  # the command line's sentence, as before the codes
        "foto.jpg terlalu besar: 20.000 × 10.000 piksel (batasnya 50 megapiksel, sisi "
        "terpanjang 16.384 piksel).")


def test_the_store_refuses_a_rubric_in_a_code_the_window_words(qapp, store) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from editorberita.core.domain import MAX_RUBRIC_DEPTH, EditorBeritaError

    parent = None
    for level in range(MAX_RUBRIC_DEPTH):
        parent = store.create_category(f"Tingkat {level}", parent.id if parent else None)
    with pytest.raises(EditorBeritaError) as caught:
        store.create_category("Terlalu dalam", parent.id)
    assert explain(caught.value) == (
        f"Rubrics go at most {MAX_RUBRIC_DEPTH} levels deep; this one would be level "
        f"{MAX_RUBRIC_DEPTH + 1}.")
    assert str(caught.value).startswith(f"Rubrik paling dalam {MAX_RUBRIC_DEPTH} tingkat")


def test_the_export_summary_names_each_failure_in_the_interface_language(  # type: ignore[no-untyped-def]
        qtbot, english, store, tmp_path) -> None:
    from editorberita.core.domain import Article
    from editorberita.core.export import export_articles
    from editorberita.ui.exportsummary import ExportSummaryDialog

    kept = store.create_article(Article(headline="Tetap", body="isi"))
    gone = store.create_article(Article(headline="Dibuang", body="isi"))
    store.trash_articles([gone.id or 0])
    summary = export_articles(store, tmp_path / "out", "html",
                              article_ids=[kept.id or 0, gone.id or 0, 999])
    dialog = ExportSummaryDialog(summary, tmp_path / "out")
    qtbot.addWidget(dialog)
    details = dialog.details.toPlainText()
    assert f"Article #{gone.id} is in the Trash" in details
    assert "Article #999 was not found." in details
    assert "Sampah" not in details and "ditemukan" not in details
    # the command line's sentences stay Indonesian
    assert [why.text() for _a, why in summary.failures] == [
        f"Artikel #{gone.id} ada di Sampah: pulihkan dulu bila memang akan diekspor.",
        "Artikel #999 tidak ditemukan."]


def test_a_file_that_cannot_be_written_is_worded_in_the_interface_language(  # type: ignore[no-untyped-def]
        qapp, english, tmp_path) -> None:
    import pytest

    from editorberita.core.fileio import FileWriteError, atomic_write

    with pytest.raises(FileWriteError) as caught:
        atomic_write(tmp_path / "no-folder" / "a.html", b"x")
    assert explain(caught.value) == (
        f"The file {tmp_path / 'no-folder' / 'a.html'} could not be written: the file or "
        "folder does not exist.")
    assert str(caught.value).startswith("Berkas ")


def test_the_damaged_database_dialog_names_the_problem_in_the_interface_language(  # type: ignore[no-untyped-def]
        qtbot, english, tmp_path) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    from editorberita.core import health
    from editorberita.ui.recovery import DamagedDialog

    db_path = tmp_path / "redaksi.sqlite3"
    db_path.write_bytes(b"bukan basis data " * 20)
    problems = health.startup_problems(db_path)
    assert problems is not None and [str(p) for p in problems] == [
        f"Berkas {db_path} bukan basis data SQLite (kepala berkasnya rusak)."]  # the CLI's
    dialog = DamagedDialog(db_path, [*problems, "*** in database main ***"], None)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QPlainTextEdit).toPlainText() == (
        f"The file {db_path} is not an SQLite database (its header is damaged).\n"
        "*** in database main ***")  # SQLite's own report lines stay as they are


def test_a_database_error_of_core_is_worded_in_the_interface_language(  # type: ignore[no-untyped-def]
        qapp, english, tmp_path) -> None:
    import pytest

    from editorberita.core.domain import DatabaseError
    from editorberita.core.store import open_store

    with pytest.raises(DatabaseError) as caught:
        open_store(tmp_path, read_only=True)  # a folder, not a database file
    assert explain(caught.value) == f"{tmp_path} is a folder, not a database file."
    assert str(caught.value) == f"{tmp_path} adalah folder, bukan berkas basis data."


def test_the_store_says_what_is_gone_or_taken_in_the_interface_language(  # type: ignore[no-untyped-def]
        qapp, english, store) -> None:
    import pytest

    from editorberita.core.domain import DuplicateError, NotFoundError

    with pytest.raises(NotFoundError) as gone:
        store.get_article(999_999)
    assert explain(gone.value) == "Article #999999 was not found."  # an id is never grouped
    assert str(gone.value) == "Artikel #999999 tidak ditemukan."
    store.create_category("Olahraga")
    with pytest.raises(DuplicateError) as taken:
        store.create_category("Olahraga")
    assert explain(taken.value) == "The rubric “Olahraga” already exists there."
    sport = store.create_category("Sepak bola")
    with pytest.raises(Exception) as into_itself:
        store.move_category(sport.id, sport.id)
    assert explain(into_itself.value) == "A rubric cannot be moved into itself."


def test_a_server_desk_error_reads_in_the_window_language_without_the_cli_hint(  # type: ignore[no-untyped-def]
        qapp, request, own_server) -> None:
    """A server desk's refusal is a code: English in the English window; the Indonesian window
    reads as the command line, without its "--db" way back (the window has a button)."""
    from sqlalchemy import text

    from editorberita.core.domain import DatabaseError
    from editorberita.core.store.server import create_server_engine

    name = own_server.new_database()
    engine = create_server_engine(own_server.url(name))
    try:
        with engine.connect() as connection:  # a desk made read-only by its administrator
            connection.execute(text("SET TRANSACTION READ ONLY"))
            try:
                connection.execute(text("CREATE TABLE t (x int)"))
            except DatabaseError as exc:
                refused = exc
    finally:
        engine.dispose()
    request.getfixturevalue("english")
    assert explain(refused).startswith("The desk ") and "can only be read" in explain(refused)
    request.getfixturevalue("indonesian")
    assert "hanya bisa dibaca saat ini" in explain(refused)
    assert "--db" not in explain(message("server.unreachable", where="x:5432"))
    assert "--db" in message("server.unreachable", where="x:5432").text()
