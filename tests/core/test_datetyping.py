"""Typed dates and times: every way an Indonesian desk writes them, and what is refused."""

from __future__ import annotations

from datetime import date, time

import pytest

from editorberita.core.datetyping import (
    format_date_field,
    format_time_field,
    parse_date,
    parse_time,
)

JULY_23 = date(2024, 7, 23)


@pytest.mark.parametrize("text", [
    "23/7/2024", "23/07/2024", "23-07-2024", "23-7-2024", "23.07.2024", "23 / 07 / 2024",
    "23/07/24", "23 Juli 2024", "23 juli 2024", "23 JULI 2024", "23 Jul 2024", "23 Jul. 2024",
    "23-Jul-2024", "Selasa, 23 Juli 2024", "selasa 23 Juli 2024", "23 July 2024",
    "2024-07-23", "  23/07/2024  ", "23  Juli  2024",
])
def test_every_desk_way_of_writing_a_date_gives_exactly_that_date(text: str) -> None:
    assert parse_date(text) == JULY_23


@pytest.mark.parametrize(("text", "expected"), [
    ("1/1/2025", date(2025, 1, 1)),
    ("31/12/2024", date(2024, 12, 31)),
    ("29/02/2024", date(2024, 2, 29)),
    ("17 Agustus 1945", date(1945, 8, 17)),
    ("17 Agu 2024", date(2024, 8, 17)),
    ("17 Agt 2024", date(2024, 8, 17)),
    ("5 Mei 2024", date(2024, 5, 5)),
    ("5 Nopember 2024", date(2024, 11, 5)),
    ("5 Pebruari 2024", date(2024, 2, 5)),
    ("1 Okt 2024", date(2024, 10, 1)),
    ("1 Des 2024", date(2024, 12, 1)),
    ("12/11/2024", date(2024, 11, 12)),  # day first: never read as 11 December
])
def test_dates_across_the_year(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [
    "", "   ", "31/02/2024", "32/01/2024", "00/01/2024", "23/13/2024", "23 Juliii 2024",
    "23 Foo 2024", "kemarin", "23/07", "2024", "23/07/20245", "23/07/2024 14.30", "abc",
])
def test_what_is_not_a_date_gives_none(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("14.30", time(14, 30)), ("14:30", time(14, 30)), ("9.05", time(9, 5)),
    ("09.05", time(9, 5)), ("00.00", time(0, 0)), ("23.59", time(23, 59)),
    ("14.30 WITA", time(14, 30)), ("14.30 wib", time(14, 30)), ("pukul 14.30", time(14, 30)),
    ("Pukul 8", time(8, 0)), ("jam 7.15", time(7, 15)), ("1430", time(14, 30)),
    ("14", time(14, 0)), (" 14 . 30 ", time(14, 30)),
])
def test_every_desk_way_of_writing_a_time_gives_exactly_that_time(text: str,
                                                                   expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["", "24.00", "14.60", "14.3", "2.5.1", "siang", "14.30.15",
                                  "12345"])
def test_what_is_not_a_time_gives_none(text: str) -> None:
    assert parse_time(text) is None


def test_the_form_shows_what_it_reads_back() -> None:
    assert format_date_field(JULY_23) == "23/07/2024"
    assert parse_date(format_date_field(JULY_23)) == JULY_23
    assert format_time_field(time(8, 5)) == "08.05"
    assert parse_time(format_time_field(time(8, 5))) == time(8, 5)


def test_every_day_of_fifty_years_reads_back_in_every_shape() -> None:
    """Exhaustive over 1990-2039: numeric with "/", "-", ".", unpadded, month names, ISO."""
    from datetime import timedelta

    names = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember")
    day = date(1990, 1, 1)
    while day.year < 2040:
        d, m, y = day.day, day.month, day.year
        for text in (f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d}-{m:02d}-{y}", f"{d}.{m}.{y}",
                     f"{d} {names[m - 1]} {y}", f"{d} {names[m - 1][:3]} {y}",
                     f"{y}-{m:02d}-{d:02d}", format_date_field(day)):
            assert parse_date(text) == day, text
        day += timedelta(days=1)


def test_every_minute_of_the_day_reads_back() -> None:
    for hour in range(24):
        for minute in range(60):
            expected = time(hour, minute)
            for text in (f"{hour:02d}.{minute:02d}", f"{hour}:{minute:02d}",
                         f"{hour:02d}{minute:02d}", f"pukul {hour}.{minute:02d} WITA"):
                assert parse_time(text) == expected, text
