import datetime as dt

import pytest

from csto_cli.model import DateError, PartialDate, Statement


@pytest.mark.parametrize(
    ("text", "precision", "start", "end"),
    [
        ("1993", "year", dt.date(1993, 1, 1), dt.date(1993, 12, 31)),
        ("2024-02", "month", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2023-02", "month", dt.date(2023, 2, 1), dt.date(2023, 2, 28)),
        ("1992-05-15", "day", dt.date(1992, 5, 15), dt.date(1992, 5, 15)),
    ],
)
def test_partial_dates_keep_their_precision(text: str, precision: str, start: dt.date, end: dt.date) -> None:
    d = PartialDate.parse(text)
    assert (d.precision, d.start, d.end, str(d)) == (precision, start, end, text)


@pytest.mark.parametrize(
    "text",
    [
        "2022-02-30",
        "2023-02-29",
        "1993-13",
        "0000-01-01",
        "99999-01-01",
        "1993-1-1",
        "",
        "1993-01-01T00:00",
        " 1993",
        "2012-13-19",
        "１９９３",
    ],
)
def test_impossible_dates_are_rejected(text: str) -> None:
    with pytest.raises(DateError):
        PartialDate.parse(text)


def test_a_partial_date_sorts_before_the_days_inside_it() -> None:
    dates = [PartialDate.parse(t) for t in ("2024-02-22", "2024", "2024-02", "2023-12-31")]
    assert [str(d) for d in sorted(dates, key=lambda d: d.sort_key)] == ["2023-12-31", "2024", "2024-02", "2024-02-22"]


def test_statement_validity_includes_both_ends_at_their_precision() -> None:
    s = Statement(
        "x",
        "secretary-general",
        "X",
        "preferred",
        (),
        start=PartialDate.parse("2003-04"),
        end=PartialDate.parse("2016"),
    )
    assert not s.valid_on(dt.date(2003, 3, 31))
    assert s.valid_on(dt.date(2003, 4, 1))
    assert s.valid_on(dt.date(2016, 12, 31))
    assert not s.valid_on(dt.date(2017, 1, 1))


def test_localized_text_falls_back_to_english_when_a_language_has_none() -> None:
    from csto_cli.model import Citation, Event, State
    from csto_cli.render.localized import localized

    state = State("AAA", "AA", "Alphaland", "ألفالاند", name_ru="Альфаленд")
    assert [localized(state, "name", lang) for lang in ("en", "ar", "ru")] == ["Alphaland", "ألفالاند", "Альфаленд"]
    event = Event("e", PartialDate(2000), "summit", "Summit", "قمة", (Citation("s"),), place="Minsk")
    assert localized(event, "title", "ru") == "Summit"  # title_ru is None
    assert localized(event, "place", "ru") == "Minsk"
    listed = Statement("s", "members", ("AAA", "BBB"), "preferred", ())
    assert localized(listed, "value", "ru") == "AAA, BBB"
