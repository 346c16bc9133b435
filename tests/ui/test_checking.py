"""The check panel and the check before export in the window (ui/checking.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from editorberita.core.domain import Article
from editorberita.ui.checkpanel import RichRole
from tests.ui.conftest import make_window


def test_check_panel_lists_and_jumps(qtbot, store, settings, answers,  # type: ignore[no-untyped-def]
                                    indonesian) -> None:
    body = "Warga membayar Rp 50.000 pada selasa  pagi."
    article = store.create_article(Article(headline="Harga", body=body, byline="Rina"))
    window = make_window(qtbot, store, settings, answers)
    window.open_article(article.id)
    problems = window.checking.run_check()
    panel = window.checking.panel
    assert panel.isVisible()
    codes = [p.code for p in panel.problems()]
    assert {"missing_dateline", "missing_initials", "rupiah", "double_space",
            "calendar_case"} <= set(codes)
    row = codes.index("rupiah")
    item = panel.list.item(row)
    assert item.text().startswith("Isi: ")
    panel.list.itemClicked.emit(item)
    assert window.editor.textCursor().selectedText() == "Rp "
    dateline_row = codes.index("missing_dateline")
    panel.list.itemClicked.emit(panel.list.item(dateline_row))
    assert window.metadata.more_box.isVisible()
    assert QApplication.focusWidget() in (window.metadata.dateline_edit, None)
    assert len(problems) == panel.list.count()


BROKEN = ("Warga membayar Rp 50.000 pada selasa  pagi, tapi harga naik. Rapat digelar Senin "
          "(23/7/2024) di kantor.")


def _broken(store):  # type: ignore[no-untyped-def]
    return store.create_article(Article(headline="Harga", body=BROKEN, byline="Rina"))


def test_the_english_window_words_the_check_in_english(qtbot, store, settings, answers,  # type: ignore[no-untyped-def]
                                                       english) -> None:
    window = make_window(qtbot, store, settings, answers)
    window.open_article(_broken(store).id)
    window.checking.run_check()
    panel = window.checking.panel
    lines = [panel.list.item(row).text().split("\n")[0] for row in range(panel.list.count())]
    assert "Dateline: Dateline is not filled in yet." in lines
    assert "Body: Write “Rp” right before the amount (EYD): Rp50.000." in lines
    assert "Body: Day and month names take a capital letter: “Selasa”." in lines
    assert "Body: Double space: one space is enough." in lines
    eyd = [line for line in lines if "(EYD V: " in line]
    assert any(line.startswith("Body: Style hint: formal writing uses “tetapi”, not “tapi”.")
               for line in eyd)
    assert any("The day does not match the date: (23/7/2024) falls on Selasa, not Senin."
               in line for line in eyd)
    rich = [panel.list.item(row).data(RichRole) for row in range(panel.list.count())]
    assert any("Style hint" in text and ">EYD V</a>)" in text for text in rich)  # still linked
    # The question before export, in English as well.
    answers["choice"] = "cancel"
    assert not window.checking.confirm_export()
    (asked,) = answers["offered"]
    assert "• Initials is not filled in yet." in str(asked)
    assert "belum" not in str(asked) and "Tulis" not in str(asked)


def test_the_indonesian_window_words_the_check_as_the_desk_wrote_it(  # type: ignore[no-untyped-def]
        qtbot, store, settings, answers, indonesian) -> None:
    window = make_window(qtbot, store, settings, answers)
    window.open_article(_broken(store).id)
    problems = window.checking.run_check()
    panel = window.checking.panel
    lines = [panel.list.item(row).text().split("\n")[0] for row in range(panel.list.count())]
    assert "Tempat berita: Dateline belum diisi." in lines
    assert "Isi: Tulis “Rp” rapat dengan angkanya (EYD): Rp50.000." in lines
    assert "Isi: Nama hari dan bulan ditulis dengan huruf kapital: “Selasa”." in lines
    for line, problem in zip(lines, problems, strict=True):  # the catalogue's own sentences
        assert line.endswith(problem.message.text()), line
