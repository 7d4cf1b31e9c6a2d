"""The one number reader: the issue's examples, the separator rules, and show → parse."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from impactkaart.text.numbers import describe, parse, show


@pytest.mark.parametrize(("typed", "kind", "value"), [
    ("45.000", "amount", 45000.0),          # issue 16: this stored € 45
    ("45.000,50", "amount", 45000.5),
    ("1,5", "number", 1.5),
    ("€ 1.234", "amount", 1234.0),
    ("€1.234", "amount", 1234.0),
    ("1.234 €", "amount", 1234.0),
    ("€ 45,-", "amount", 45.0),
    ("45 000", "amount", 45000.0),
    ("1.234.567,8", "amount", 1234567.8),
    ("0.125", "number", 0.125),             # no thousands group starts with 0
    ("30%", "share", 0.30),
    ("30 %", "share", 0.30),
    ("40", "share", 0.40),                  # issue 16: 40 became 100 %
    ("2,25", "rate", 0.0225),
    ("-2", "rate", -0.02),
    ("2025", "year", 2025.0),
    ("1.234", "count", 1234.0),
])
def test_dutch_golden_cases(typed, kind, value):
    reading = parse(typed, kind, "nl")
    assert reading.ok, reading
    assert reading.value == pytest.approx(value, abs=1e-12)


@pytest.mark.parametrize(("typed", "kind", "readings"), [
    ("45.00", "amount", (45.0, 4500.0)),    # rule 3: a point, not before three digits
    ("2.25", "number", (2.25, 225.0)),
    ("45,000", "amount", (45.0, 45000.0)),  # rule 4: three decimals of euros
    ("45,000", "count", (45.0, 45000.0)),
    ("1.234", "share", (0.01234,)),         # rule 5: 1234 % cannot be a share
    ("2.25", "share", (0.0225,)),           # 225 % neither
])
def test_two_readings_are_a_question(typed, kind, readings):
    reading = parse(typed, kind, "nl")
    assert reading.status == "ambiguous"
    assert reading.readings == pytest.approx(readings)
    assert describe(reading, typed, kind, "nl")


@pytest.mark.parametrize(("typed", "kind", "code"), [
    ("abc", "amount", "not_a_number"),
    ("1.2.3", "number", "bad_grouping"),
    ("1,23.4", "number", "bad_grouping"),
    ("140", "share", "out_of_range"),
    ("-1", "amount", "out_of_range"),
    ("30%", "amount", "no_percent"),
    ("€ 5", "share", "no_euro"),
    ("1,5", "count", "not_whole"),
    ("4 50", "amount", "not_a_number"),
    ("45.", "amount", "bad_grouping"),
    ("€", "amount", "not_a_number"),
])
def test_errors_have_a_code_and_words(typed, kind, code):
    reading = parse(typed, kind, "nl")
    assert (reading.status, reading.code) == ("error", code)
    assert typed in describe(reading, typed, kind, "nl")
    assert typed in describe(reading, typed, kind, "en")


def test_english_swaps_the_separators():
    assert parse("45,000", "amount", "en").value == 45000.0
    assert parse("45,000.50", "amount", "en").value == 45000.5
    assert parse("1.5", "number", "en").value == 1.5
    assert parse("45.000", "amount", "en").readings == (45.0, 45000.0)
    assert parse("45,00", "amount", "en").readings == (45.0, 4500.0)


def test_range_in_typed_units_and_empty():
    assert parse("60", "rate", "nl", low=-5, high=50).code == "out_of_range"
    assert parse("", "amount").status == "empty"
    assert parse("  ", "amount").status == "empty"
    assert parse(None, "share").status == "empty"


def test_show_is_dutch():
    assert show(45000, "amount", "nl") == "45.000"
    assert show(45000.5, "amount", "nl") == "45.000,50"
    assert show(2.25, "number", "nl") == "2,25"
    assert show(0.3, "share", "nl") == "30"
    assert show(0.0225, "rate", "nl") == "2,25"
    assert show(1234567, "count", "en") == "1,234,567"
    assert show(None, "amount") == ""


cents = st.integers(0, 10**11).map(lambda c: c / 100)
quantities = st.integers(0, 10**10).map(lambda m: m / 1000)
percents = st.integers(0, 10000).map(lambda h: h / 10000)  # 0–100 % in hundredths of a percent


@settings(max_examples=50, deadline=None)
@given(amount=cents, quantity=quantities, share=percents, count=st.integers(0, 10**9),
       lang=st.sampled_from(["nl", "en"]))
def test_what_is_shown_reads_back(amount, quantity, share, count, lang):
    for value, kind in ((amount, "amount"), (quantity, "number"), (share, "share"),
                        (count, "count")):
        reading = parse(show(value, kind, lang), kind, lang)
        assert reading.ok, (value, kind, lang, show(value, kind, lang), reading)
        assert reading.value == pytest.approx(value, rel=1e-12, abs=1e-12)
