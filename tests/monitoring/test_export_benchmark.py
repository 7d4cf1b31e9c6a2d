"""The monitor's Excel and PDF read back, and the benchmark that never shows one
organisation's figure."""

from __future__ import annotations

import io
import subprocess

import pytest
from openpyxl import load_workbook

from impactkaart.monitoring import trends
from impactkaart.monitoring.benchmark import comparison, read_benchmark
from impactkaart.monitoring.export import monitor_pdf, monitor_xlsx
from impactkaart.monitoring.library import library

KPIS = library()


def frame():
    rows = [("Noord", "ouderen_eenzaam", "2025-Q1", 12, 40, None, 0.25, 0.35, 1),
            ("Noord", "ouderen_eenzaam", "2025-Q2", 9, 42, None, 0.25, 0.35, 1),
            ("Noord", "ouderen_bereik", "2025-Q1", None, None, 120, None, None, 1)]
    return trends.measurement_frame(sorted(rows, key=lambda r: (r[0], r[1], r[2])), KPIS)


def test_excel_holds_the_measurements_with_their_interval():
    wb = load_workbook(io.BytesIO(monitor_xlsx(frame(), KPIS, "nl")))
    assert wb.sheetnames == ["Overzicht", "Metingen", "KPI's"]
    ws = wb["Metingen"]
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, (c.value for c in row))) for row in ws.iter_rows(min_row=2)]
    share = next(r for r in rows if r["periode"] == "2025-Q1" and r["kpi"] == "ouderen_eenzaam")
    assert share["waarde"] == pytest.approx(0.3)
    assert share["95%-interval laag"] == pytest.approx(0.18075, abs=5e-5)  # by hand, test_wilson
    assert ws.cell(2 + rows.index(share), header.index("waarde") + 1).number_format == "0.0%"


def test_pdf_reads_back_with_the_trend_in_words():
    pdf = monitor_pdf(frame(), KPIS, "nl")
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    words = text.decode("utf-8")
    assert "Monitor: KPI's per programma" in words
    assert "Noord: Ouderen die zich eenzaam voelen" in words
    assert "21,4%" in words  # 9 / 42


def test_a_benchmark_keeps_only_distributions_of_five_or_more():
    lines = ["kpi;periode;organisatie;waarde"]
    lines += [f"ouderen_eenzaam;2025;org{i};{v}" for i, v in enumerate(["0,10", "0,20", "0,30", "0,40", "0,50"])]
    lines += [f"ouderen_eenzaam;2024;org{i};0,5" for i in range(4)]  # four: dropped
    result = read_benchmark("\n".join(lines).encode(), "b.csv", KPIS)
    assert result.ok
    # linear percentiles of 0,1 … 0,5: p25 = 0,2, p50 = 0,3, p75 = 0,4
    assert result.rows == [("ouderen_eenzaam", "2025", 5, pytest.approx(0.2), pytest.approx(0.3),
                            pytest.approx(0.4))]
    assert result.dropped == [("ouderen_eenzaam", "2024", 4)]
    shown = comparison(0.45, (*result.rows[0], "netwerk"))
    assert shown["organisations"] == 5 and shown["place"] == "above"
    assert set(shown) == {"period", "organisations", "p25", "p50", "p75", "place", "source"}


def test_a_bad_benchmark_names_row_and_column():
    result = read_benchmark(b"kpi;periode;organisatie;waarde\nonbekend;2025;a;1\n", "b.csv", KPIS)
    assert not result.ok
    assert result.problems[0].text("nl").startswith("Rij 2, kolom 'kpi'")
