"""Property tests of the measurements import, as tests/io has for effects: whatever bytes,
encodings or separators arrive, a valid import or Dutch problems, never another exception."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from impactkaart.monitoring.library import library
from impactkaart.monitoring.measurements import read_measurements

KPIS = library()
FAST = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DUTCH_WORDS = ("ontbreekt", "moet", "is ", "geen", "bestand", "rij", "kolom", "niet", "te ",
               "leeg", "onbekend", "dit ", "de ", "een ", "alleen")


def outcome(raw: bytes, name: str):
    result = read_measurements(raw, name, KPIS)
    if result.ok:
        return result.rows
    assert result.problems
    for text in result.texts("nl"):
        assert any(word in text.lower() for word in DUTCH_WORDS), text
    assert result.rows == []  # nothing to save after a problem
    return None


@FAST
@given(raw=st.binary(max_size=1500), name=st.sampled_from(["m.csv", "m.xlsx", "m", "m.xls"]))
def test_random_bytes_never_crash(raw, name):
    outcome(raw, name)


@FAST
@given(raw=st.binary(max_size=1500))
def test_random_bytes_behind_a_zip_signature_never_crash(raw):
    outcome(b"PK\x03\x04" + raw, "m.xlsx")


CELL = st.one_of(
    st.sampled_from(["ouderen_eenzaam", "ouderen_bereik", "mw_zrm_gemiddeld", "x", "", "2025",
                     "2025-Q1", "2025-03", "Q2 2024", "2025-13", "12", "40", "3,5", "1.234,5",
                     "45%", "-1", "1e3", "€ 5", "#DIV/0!", "=A1"]),
    st.text(max_size=12))


@FAST
@given(rows=st.lists(st.lists(CELL, min_size=1, max_size=6), max_size=8),
       separator=st.sampled_from([";", ",", "\t"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
       header=st.sampled_from(["kpi;periode;teller;noemer;waarde", "kpi;period;value",
                               "indicator;periode;waarde", "kpi;teller"]))
def test_random_tables_in_any_encoding_and_separator(rows, separator, encoding, header):
    lines = [header.replace(";", separator)] + [
        separator.join(c.replace(separator, " ").replace("\n", " ").replace('"', "")
                       for c in row) for row in rows]
    try:
        raw = "\n".join(lines).encode(encoding)
    except UnicodeEncodeError:
        return
    outcome(raw, "m.csv")


def test_a_good_file_in_every_encoding_gives_the_same_rows():
    text = "kpi;periode;teller;noemer\nouderen_eenzaam;2025-Q1;12;40\nouderen_eenzaam;2025-K2;9;42\n"
    results = {enc: outcome(text.encode(enc), "m.csv") for enc in ("utf-8", "utf-16", "cp1252")}
    first = results["utf-8"]
    assert [(m.kpi, m.period, m.numerator, m.denominator) for m in first] == [
        ("ouderen_eenzaam", "2025-Q1", 12, 40), ("ouderen_eenzaam", "2025-Q2", 9, 42)]
    assert all(r == first for r in results.values())
