"""The monitor as an Excel workbook and a PDF, made offline.

Excel: the overview (one row per programme and KPI), every measurement with its value and
95 % interval (shares as fractions with a percent format, so a spreadsheet computes with
them) and the KPIs' definitions and sources. PDF (A4, fpdf2): the overview and per
programme and KPI the trend chart (the app's Altair chart rendered by vl-convert) with the
trend in words.
"""

from __future__ import annotations

import io
import json
from datetime import date

import pandas as pd
import vl_convert as vlc
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from openpyxl import Workbook
from openpyxl.styles import Font

from impactkaart.io.exports.onepager import FONT_CANDIDATES
from impactkaart.io.exports.print_charts import PX_PER_MM, natural_spec
from impactkaart.monitoring import charts, trends
from impactkaart.monitoring.library import Kpi
from impactkaart.monitoring.view import library_frame, overview_table, source_text, trend_texts
from impactkaart.text.catalogue import t

MAX_PDF_CHARTS = 40  # a monitor of more lines than this: the Excel file has them all


def _sheet(wb: Workbook, name: str, frame: pd.DataFrame, formats: dict[str, str] | None = None):
    ws = wb.create_sheet(name[:31])
    ws.append(list(frame.columns))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in frame.itertuples(index=False):
        ws.append([None if (isinstance(v, float) and v != v) else v for v in row])
    for column, number_format in (formats or {}).items():
        index = list(frame.columns).index(column) + 1
        for (cell,) in ws.iter_rows(min_row=2, min_col=index, max_col=index):
            cell.number_format = number_format
    for i, column in enumerate(frame.columns, start=1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = min(60, max(10, len(str(column)) + 4))
    return ws


def monitor_xlsx(frame: pd.DataFrame, kpis: dict[str, Kpi], lang: str = "nl") -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    c = lambda name: t(f"monitoring.col.{name}", lang)  # noqa: E731
    _sheet(wb, t("monitoring.export.overview", lang), overview_table(frame, kpis, lang))
    rows = pd.DataFrame({
        c("programme"): frame["programme"],
        c("kpi"): [kpis[k].label(lang) if k in kpis else k for k in frame["kpi"]],
        "kpi": frame["kpi"], c("period"): frame["period"],
        c("numerator"): frame["numerator"], c("denominator"): frame["denominator"],
        c("value"): frame["value"], c("low"): frame["low"], c("high"): frame["high"],
        c("target"): frame["target"], c("baseline"): frame["baseline"],
    })
    ws = _sheet(wb, t("monitoring.export.measurements", lang), rows)
    value_columns = [list(rows.columns).index(c(n)) + 1 for n in ("value", "low", "high", "target", "baseline")]
    for r, key in enumerate(frame["kpi"], start=2):
        if key in kpis and kpis[key].is_share:
            for col in value_columns:
                ws.cell(r, col).number_format = "0.0%"
    library = library_frame([kpis[k] for k in sorted(set(frame["kpi"])) if k in kpis], lang)
    _sheet(wb, t("monitoring.export.kpis", lang), library)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


class _Pdf(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_margins(15, 15, 15)
        self.set_auto_page_break(True, margin=15)
        self.family, self.unicode = "Helvetica", False
        for regular, bold in FONT_CANDIDATES:
            try:
                self.add_font("Sans", "", regular)
                self.add_font("Sans", "B", bold)
                self.family, self.unicode = "Sans", True
                break
            except (OSError, FileNotFoundError):
                continue
        self.set_title("Impactkaart monitor")

    def line_of(self, text: str, size: float = 10, bold: bool = False) -> None:
        self.set_font(self.family, "B" if bold else "", size)
        if not self.unicode:
            text = text.encode("cp1252", "replace").decode("cp1252")
        self.multi_cell(0, size * 0.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def monitor_pdf(frame: pd.DataFrame, kpis: dict[str, Kpi], lang: str = "nl") -> bytes:
    pdf = _Pdf()
    pdf.add_page()
    pdf.line_of(t("monitoring.export.title", lang), 18, True)
    pdf.line_of(t("monitoring.export.made", lang, date=date.today().isoformat()), 9)
    pdf.ln(3)
    over = overview_table(frame, kpis, lang)
    for row in over.itertuples(index=False):
        pdf.line_of(" · ".join(str(v) for v in row), 9)
    drawn = 0
    for (programme, key), _ in frame.groupby(["programme", "kpi"], sort=True):
        if key not in kpis or drawn >= MAX_PDF_CHARTS:
            continue
        kpi = kpis[key]
        series = trends.series_of(frame, programme, key)
        words = trend_texts(kpi, series, lang)
        pdf.add_page() if drawn % 2 == 0 else pdf.ln(4)
        pdf.line_of(f"{programme}: {kpi.label(lang)}", 12, True)
        summary = " · ".join(w for w in (words["value"], words["interval"], words["way"]) if w)
        pdf.line_of(summary, 9)
        if words["caution"]:
            pdf.line_of(words["caution"], 9)
        pdf.line_of(t("monitoring.export.source", lang, source=source_text(kpi, lang)), 8)
        # 700 px on 175 mm: the one-pager's PX_PER_MM (13 px labels at 9 pt); the height is
        # the chart's own (a plot of 200 px plus its title and axes), never a fixed box.
        spec = natural_spec(charts.trend_chart(series, kpi, lang), 175 * PX_PER_MM, 200)
        png = vlc.vegalite_to_png(json.dumps(spec), scale=2)
        pdf.image(io.BytesIO(png), w=175)
        drawn += 1
    return bytes(pdf.output())
