"""The column-by-column reading of a measurements file gives exactly what the row-by-row
reading gives: the same rows and preview on valid files, the same problems (first ones
included) on any other (hypothesis, random cells drawn near the valid ones)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from impactkaart.io.imports.read import read_tables
from impactkaart.monitoring import measurements as m
from impactkaart.monitoring.library import library

KPIS = library()
SHARE = next(k.key for k in KPIS.values() if k.kind == "share")
COUNT = next(k.key for k in KPIS.values() if k.kind == "count")
SCORE = next(k.key for k in KPIS.values() if k.kind not in ("share", "count"))

kpi = st.sampled_from([SHARE, COUNT, SCORE, SHARE.upper(), " " + COUNT, "onbekend", ""])
period = st.sampled_from(["2025", "2025-Q1", "2025 Q2", "2025-03", "2025/4", "2025-13", "",
                          "Q3 2024", "1800"])
number = st.sampled_from(["", "0", "3", "12", "40", "1,5", "0,45", "45%", "-2", "1.234",
                          "abc", "2,5e3", "1e13", "0.5", "3,456", "1234,567", "12.5", "007",
                          "1,2345", "1.234,5", " 4 "])


def both(raw: bytes):
    tables = read_tables(raw, "m.csv")
    table = tables[0]
    header = table.rows[0][1]
    mapping = m._mapping(header)
    args = ("m.csv", table, 0, table.rows[0][0], header, mapping, KPIS)
    return m._read_rows(*args, vectorised=True), m._read_rows(*args, vectorised=False)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(kpi, period, number, number, number), min_size=1, max_size=12))
def test_vectorised_equals_row_by_row(rows):
    lines = ["kpi;periode;teller;noemer;waarde"] + [";".join(r) for r in rows]
    raw = "\n".join(lines).encode("utf-8")
    try:
        fast, slow = both(raw)
    except Exception as exc:  # the reader refused the file: both paths see that alike
        assert type(exc).__name__ == "TableImportError"
        return
    assert fast.rows == slow.rows
    assert fast.problems == slow.problems
    assert fast.texts() == slow.texts()
    assert fast.preview.to_dict("records") == slow.preview.to_dict("records")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([SHARE, COUNT, SCORE]),
                          st.integers(0, 39), st.integers(0, 50), st.integers(1, 50)),
                min_size=1, max_size=30, unique_by=lambda r: (r[0], r[1])))
def test_valid_files_take_the_vectorised_path(rows):
    lines = ["kpi;periode;teller;noemer;waarde"]
    for key, p, n, d in rows:
        when = f"{2020 + p // 12}-{p % 12 + 1:02d}"
        if key == SHARE:
            lines.append(f"{key};{when};{min(n, d)};{d};")
        else:
            lines.append(f"{key};{when};;;{n},5")
    raw = "\n".join(lines).encode("utf-8")
    table = read_tables(raw, "m.csv")[0]
    mapping = m._mapping(table.rows[0][1])
    assert m._read_rows_fast(table, 0, mapping, KPIS) is not None
    fast, slow = both(raw)
    assert fast.ok and fast.rows == slow.rows
    assert fast.preview.to_dict("records") == slow.preview.to_dict("records")


def test_a_cell_true_is_no_number_even_where_1_was_read_in_another_column():
    """The parsed cells are shared by teller, noemer and waarde; True equals 1 as a key, so
    the types are checked first: both paths refuse the True (an xlsx TRUE cell)."""
    import io

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["kpi", "periode", "teller", "noemer", "waarde"])
    ws.append([COUNT, "2025", 1, None, None])
    ws.append([COUNT, "2026", None, None, True])
    out = io.BytesIO()
    wb.save(out)
    table = read_tables(out.getvalue(), "m.xlsx")[0]
    header = table.rows[0][1]
    args = ("m.xlsx", table, 0, table.rows[0][0], header, m._mapping(header), KPIS)
    fast, slow = m._read_rows(*args, vectorised=True), m._read_rows(*args, vectorised=False)
    assert fast.problems == slow.problems
    assert [(p.row, p.column) for p in fast.problems] == [(3, "waarde")]
