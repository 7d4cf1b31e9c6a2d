"""The quote-free CSV path of the safe reader (all lines at once) gives exactly what the
csv.reader path gives: the same rows, row numbers, long cells, or the same first error
(hypothesis: random cells, separators, line ends, blank and whitespace cells, long cells,
wide rows, many rows)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from impactkaart.io.imports import read
from impactkaart.io.imports.problems import TableImportError

CELL = st.one_of(st.sampled_from(["", " ", "\t", "\xa0", "\x1c", " x ", "kpi", "2025", "12", "1,5", "a b", ";", ",",
                                  "x" * (read.MAX_CELL_CHARS + 3), " " * (read.MAX_CELL_CHARS + 2)]),
                 st.text(alphabet=st.characters(blacklist_characters='"\x00', codec="utf-8"),
                         max_size=6))
LINE_END = st.sampled_from(["\n", "\r\n", "\r"])


def outcome(raw: bytes, bulk: bool):
    try:
        table = read._read_csv(raw, bulk=bulk)
    except TableImportError as exc:
        return "error", [(p.message, p.values) for p in exc.problems]
    return table.rows, table.long_cells, table.default_decimal


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(CELL, max_size=7), min_size=1, max_size=12),
       separator=st.sampled_from([";", ",", "\t"]), end=LINE_END, last=st.booleans())
def test_the_bulk_path_reads_as_csv_reader_does(rows, separator, end, last):
    text = end.join(separator.join(row) for row in rows) + (end if last else "")
    raw = text.encode("utf-8")
    assert outcome(raw, bulk=True) == outcome(raw, bulk=False)


def test_the_limits_fall_in_the_same_order(monkeypatch):
    monkeypatch.setattr(read, "MAX_ROWS", 3)
    monkeypatch.setattr(read, "MAX_COLUMNS", 4)
    many = "\n".join(["a;b"] * 30)
    wide_late = "\n".join(["a;b"] * 30 + [";".join("c" * 6)])
    wide_early = "\n".join(["a;b", ";".join("c" * 6)] + ["a;b"] * 30)
    for text in (many, wide_late, wide_early, "a;b\n\n;;\n" + ";".join("c" * 6) + ";;;;"):
        raw = text.encode()
        assert outcome(raw, bulk=True) == outcome(raw, bulk=False)
        assert outcome(raw, bulk=True)[0] == "error"
