"""The one-page PDF (A4) a councillor takes into the debate, made offline.

Layout with fpdf2 (text, boxes, small print); the charts are the app's own
Altair charts rendered to vector PDF by vl-convert and laid onto the page with
pypdf, so they look exactly as in the app and stay sharp when printed. No
browser, no network.

The page always fits on one sheet: when a project has many effects or sources,
the charts shrink and the small print gets smaller (never dropped: every
source stays on the page).
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path

import altair as alt
import vl_convert as vlc
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from pypdf import PdfReader, PdfWriter, Transformation

from impactkaart.charts import impact
from impactkaart.core.engine import ProjectResult, compute
from impactkaart.core.model import Project
from impactkaart.core.reference import Reference, default_reference
from impactkaart.text.briefing import Briefing, briefing
from impactkaart.text.catalogue import mid_sentence, t
from impactkaart.text.proxies import overlap_warnings
from impactkaart.text.sources import SourcedFigure

PAGE_W, PAGE_H = 210.0, 297.0  # A4 in mm
MARGIN = 12.0
PT_PER_MM = 72 / 25.4
PX_PER_MM = 5.0  # chart pixels per mm on paper: 13 px labels print at about 7,4 pt
FONT_CANDIDATES = [
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
     "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
     "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
]
INK = (34, 34, 34)
GREY = (90, 90, 90)
ACCENT = (0, 114, 178)  # Okabe–Ito blue, as in the charts
BAND = (235, 243, 250)
ILLUSTRATIVE = (230, 159, 0)  # Okabe–Ito orange
# Tried in order until the page fits: (first chart mm, second row mm (0: none), small print pt).
# The last one holds any project the model accepts; the sources are never left out.
FITS = [(58, 60, 6.4), (54, 54, 6.0), (48, 48, 5.6), (46, 0, 5.4), (40, 0, 5.0), (34, 0, 4.4),
        (28, 0, 3.8), (24, 0, 3.2)]


# --- charts ----------------------------------------------------------------------------


def print_charts(project: Project, result: ProjectResult, lang: str = "nl") -> dict[str, alt.TopLevelMixin]:
    """The charts of the one-pager and of the chart downloads, by name (`chart_file_name`
    gives the file name in a language)."""
    colours = impact.key_colours(project, result)
    found = {
        "wie-investeert-wie-profiteert": impact.who_invests_chart(
            impact.who_invests_data(result, lang), lang),
    }
    labour = impact.labour_data(project, result, lang)
    if not labour.empty:
        found["arbeidsmarkteffecten"] = impact.labour_chart(labour, lang, colours=colours)
    found["baten-per-jaar"] = impact.benefits_over_time_chart(
        impact.benefits_over_time_data(project, result, lang), lang, colours=colours)
    return found


def sized_spec(chart: alt.TopLevelMixin, width_px: float, height_px: float) -> str:
    """The chart's Vega-Lite JSON at a fixed size (the app lets charts fill their column)."""
    spec = json.loads(chart.to_json())
    spec["width"], spec["height"] = round(width_px), round(height_px)
    spec["padding"] = {"left": 2, "top": 2, "bottom": 2, "right": 48}  # labels past the last bar
    spec.pop("usermeta", None)
    return json.dumps(spec)


def _chart_pdf(chart: alt.TopLevelMixin, w_mm: float, h_mm: float) -> bytes:
    return vlc.vegalite_to_pdf(sized_spec(chart, w_mm * PX_PER_MM, h_mm * PX_PER_MM))


# --- layout ----------------------------------------------------------------------------


@dataclass
class _Box:
    """Where a chart goes on the page (mm from the top left)."""

    name: str
    x: float
    y: float
    w: float
    h: float


class _Page(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=MARGIN)
        self.family_name, self.unicode = _fonts(self)
        self.set_title("Impactkaart")
        self.set_creator("Impactkaart")

    def use_font(self, size: float, bold: bool = False, colour: tuple[int, int, int] = INK) -> None:
        self.set_font(self.family_name, "B" if bold else "", size)
        self.set_text_color(*colour)

    def fix(self, text: str) -> str:
        """Text the font can show (Helvetica knows only cp1252: '▲' becomes '?')."""
        if self.unicode:
            return text
        return text.encode("cp1252", "replace").decode("cp1252")

    def text_cell(self, w: float, h: float, text: str, **kwargs) -> None:
        self.cell(w, h, self.fix(text), **kwargs)

    def para(self, text: str, size: float, bold: bool = False, colour=INK, gap: float = 0.0,
             height: float | None = None) -> None:
        self.use_font(size, bold, colour)
        self.multi_cell(0, height or size * 0.45, self.fix(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT,
                        align="L")
        if gap:
            self.ln(gap)


def _fonts(pdf: FPDF) -> tuple[str, bool]:
    """A Unicode TrueType font if the system has one, else Helvetica (cp1252 still has € – ×)."""
    for regular, bold in FONT_CANDIDATES:
        if Path(regular).exists() and Path(bold).exists():
            pdf.add_font("Sans", "", regular)
            pdf.add_font("Sans", "B", bold)
            return "Sans", True
    pdf.core_fonts_encoding = "windows-1252"
    return "Helvetica", False


def _header(pdf: _Page, b: Briefing, lang: str) -> None:
    if b.illustrative:
        pdf.use_font(7.5, True, (255, 255, 255))
        pdf.set_fill_color(*ILLUSTRATIVE)
        label = t("export.illustrative_badge", lang)
        pdf.text_cell(pdf.get_string_width(label) + 4, 4.6, label, fill=True,
                 new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
    pdf.para(b.name, 16, bold=True, height=7)
    pdf.para(b.subtitle, 8.5, colour=GREY, gap=2.5)


def _headline(pdf: _Page, b: Briefing, factor: float | None, lang: str) -> None:
    """The sentence a councillor remembers, and the project's factor against the SEOR average."""
    top = pdf.get_y()
    inner = PAGE_W - 2 * MARGIN
    text_w = inner - 72
    band_h = 28  # room for the headline, two lines of comparison and two of source
    pdf.set_fill_color(*BAND)
    pdf.rect(MARGIN, top, inner, band_h, style="F")
    pdf.set_xy(MARGIN + 4, top + 3)
    pdf.use_font(18, True, ACCENT)
    pdf.text_cell(inner - 8, 8.5, b.headline, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(MARGIN + 4, pdf.get_y() + 0.5)
    pdf.use_font(9.5, False, INK)
    pdf.multi_cell(text_w, 4.6, pdf.fix(b.comparison or b.benchmark_text),
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")
    pdf.set_x(MARGIN + 4)
    pdf.use_font(7, False, GREY)
    pdf.multi_cell(text_w, 3.3, pdf.fix(b.benchmark_text), new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT, align="L")
    if factor is not None:
        _benchmark_bars(pdf, b, factor, MARGIN + inner - 64, top + 13.5, 60, lang)
    pdf.set_y(top + band_h + 2.5)


def _benchmark_bars(pdf: _Page, b: Briefing, factor: float, x: float, y: float, width: float,
                    lang: str) -> None:
    """Two bars drawn to scale: this project and the SEOR average (the figures printed on them)."""
    label_w = 22
    span = width - label_w - 12
    top = max(factor, b.benchmark.value, 0.0) or 1.0
    rows = [(t("export.this_project", lang), factor, b.factor_text, ACCENT),
            (t("export.social_work", lang), b.benchmark.value, b.benchmark_value_text, GREY)]
    for i, (label, value, text, colour) in enumerate(rows):
        row_y = y + i * 7
        pdf.set_xy(x, row_y)
        pdf.use_font(7, False, INK)
        pdf.text_cell(label_w, 5, label)
        length = max(span * max(value, 0.0) / top, 0.4)
        pdf.set_fill_color(*colour)
        pdf.rect(x + label_w, row_y + 0.8, length, 3.6, style="F")
        pdf.set_xy(x + label_w + length + 1, row_y)
        pdf.use_font(7.5, True, INK)
        pdf.text_cell(12, 5, text)


def _figures(pdf: _Page, b: Briefing) -> None:
    top = pdf.get_y()
    gap = 2.5
    width = (PAGE_W - 2 * MARGIN - gap * (len(b.figures) - 1)) / len(b.figures)
    for i, figure in enumerate(b.figures):
        x = MARGIN + i * (width + gap)
        pdf.set_draw_color(200, 200, 200)
        pdf.rect(x, top, width, 14)
        pdf.set_xy(x + 2, top + 1.5)
        pdf.use_font(7, False, GREY)
        pdf.text_cell(width - 4, 3.5, figure.label)
        pdf.set_xy(x + 2, top + 6)
        pdf.use_font(12 if len(figure.value) < 14 else 10, True, INK)
        pdf.text_cell(width - 4, 6, figure.value)
    pdf.set_y(top + 16.5)
    pdf.para(b.fte_sentence, 9, bold=True, gap=1.5)


def _qualitative(pdf: _Page, b: Briefing, size: float, lang: str) -> None:
    pdf.para(t("export.qualitative", lang), size + 2.5, bold=True, gap=0.8)
    if not b.qualitative:
        pdf.para(t("export.no_qualitative", lang), size + 1, colour=GREY, gap=1)
        return
    lines = [
        f"{'▲' if q.direction == '+' else '▼'} “{q.outcome}” – {q.party.lower() if q.party[1:2].islower() else q.party}"
        f" ({q.direction_text}, {q.strength_text})"
        for q in b.qualitative
    ]
    pdf.para("   ".join(lines), size + 1.2, gap=1.5)


def _small_print(pdf: _Page, b: Briefing, size: float, lang: str) -> None:
    pdf.set_draw_color(180, 180, 180)
    pdf.line(MARGIN, pdf.get_y(), PAGE_W - MARGIN, pdf.get_y())
    pdf.ln(1)
    pdf.para(t("export.assumptions", lang) + " " + "; ".join(b.assumptions) + ".", size)
    pdf.para(t("export.discounting", lang) + " " + b.convention, size)
    if b.illustrative:
        pdf.para(t("export.illustrative", lang) + " " + "; ".join(b.illustrative) + ".", size,
                 colour=(150, 90, 0))
    parts = []
    for n, (source, uses) in enumerate(b.citations, start=1):
        used_for = ", ".join(_use(u, lang) for u in uses)
        mark = " " + t("export.illustrative_mark", lang) if source.illustratief else ""
        parts.append(t("export.source_line", lang, n=n, citation=source.citation_in(lang),
                       mark=mark, uses=used_for))
    pdf.para(t("export.sources", lang) + " " + " ".join(parts), size)
    pdf.para(t("export.made_with_pdf", lang), size, colour=GREY)


def _use(figure: SourcedFigure, lang: str = "nl") -> str:
    """'‘minder huisartsbezoek’ € 30,87' or 'loonkosten per fte: zorg € 60.200'."""
    prefix = t("sources.price_prefix", lang)
    if figure.what.startswith(prefix):
        return f"‘{figure.what.removeprefix(prefix)}’ {figure.value}"
    return f"{mid_sentence(figure.what)} {figure.value}"


def _layout(b: Briefing, factor: float | None, fit: tuple[float, float, float],
            names: list[str], lang: str) -> tuple[_Page, list[_Box]]:
    """The page with room for the charts: the first full width, the next two side by side."""
    first_h, second_h, small = fit
    pdf = _Page()
    pdf.set_title(b.name)
    pdf.add_page()
    _header(pdf, b, lang)
    _headline(pdf, b, factor, lang)
    _figures(pdf, b)
    inner = PAGE_W - 2 * MARGIN
    top = pdf.get_y() + 1
    boxes = [_Box(names[0], MARGIN, top, inner, first_h)]
    top += first_h + 2
    rest = names[1:3] if second_h else []
    if len(rest) == 2:
        half = inner / 2 - 2
        boxes += [_Box(rest[0], MARGIN, top, half, second_h),
                  _Box(rest[1], MARGIN + half + 4, top, half, second_h)]
    elif rest:
        boxes.append(_Box(rest[0], MARGIN, top, inner, second_h))
    if rest:
        top += second_h + 2
    pdf.set_y(top)
    _qualitative(pdf, b, small, lang)
    _small_print(pdf, b, small, lang)
    return pdf, boxes


def onepager_pdf(
    project: Project, result: ProjectResult | None = None, lang: str = "nl",
    reference: Reference | None = None,
) -> bytes:
    """The one-page A4 PDF of a project (see the module docstring)."""
    reference = reference or default_reference()
    result = result or compute(project, reference)
    b = briefing(project, result, lang, reference)
    b.assumptions[:0] = [w.rstrip(".") for w in overlap_warnings(project.effects, reference, lang)]
    chart_set = print_charts(project, result, lang)
    names = list(chart_set)
    for fit in FITS:
        pdf, boxes = _layout(b, result.rendementsfactor, fit, names, lang)
        if pdf.page_no() == 1:
            break
    pdf, boxes = _grown(pdf, boxes, b, result.rendementsfactor, fit, names, lang)
    return _with_charts(bytes(pdf.output()), [(box, chart_set[box.name]) for box in boxes])


def _grown(pdf: _Page, boxes: list[_Box], b: Briefing, factor: float | None,
           fit: tuple[float, float, float], names: list[str], lang: str) -> tuple[_Page, list[_Box]]:
    """Give the space left at the bottom of the page to the charts (never a second page)."""
    first_h, second_h, small = fit
    spare = PAGE_H - MARGIN - pdf.get_y() - 2
    if spare < 3 or pdf.page_no() != 1:
        return pdf, boxes
    rows = 2 if second_h and len(names) > 1 else 1
    grow = min(spare / rows, 40)
    bigger = _layout(b, factor, (first_h + grow, second_h + grow if rows == 2 else 0, small), names,
                     lang)
    return bigger if bigger[0].page_no() == 1 else (pdf, boxes)


def _with_charts(page_pdf: bytes, placed: list[tuple[_Box, alt.TopLevelMixin]]) -> bytes:
    """Lay each chart's vector PDF into its box on the page."""
    writer = PdfWriter(clone_from=io.BytesIO(page_pdf))
    page = writer.pages[0]
    for box, chart in placed:
        drawing = PdfReader(io.BytesIO(_chart_pdf(chart, box.w, box.h))).pages[0]
        left, bottom = float(drawing.mediabox.left), float(drawing.mediabox.bottom)
        width, height = float(drawing.mediabox.width), float(drawing.mediabox.height)
        scale = min(box.w * PT_PER_MM / width, box.h * PT_PER_MM / height)
        x = box.x * PT_PER_MM
        y = (PAGE_H - box.y - box.h) * PT_PER_MM + (box.h * PT_PER_MM - height * scale)
        page.merge_transformed_page(
            drawing,
            Transformation().translate(-left, -bottom).scale(scale, scale).translate(x, y),
        )
    writer.add_metadata({"/Title": "Impactkaart", "/Creator": "Impactkaart"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
