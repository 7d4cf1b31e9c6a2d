"""The one-page PDF (A4) a councillor takes into the debate, made offline.

Layout with fpdf2 (text, boxes, small print); the charts are the app's own
Altair charts rendered to vector PDF by vl-convert and laid onto the page with
pypdf, so they look exactly as in the app and stay sharp when printed. No
browser, no network.

Page 1 is what a councillor reads: the headline, how sure it is (Monte Carlo
interval and P(factor > 1)), ex post beside ex ante where measured, the charts
and the few assumptions that move the factor most, in plain words, with the
date, organisation and author. No text on it is smaller than 8 pt: when a
project is crowded the charts shrink and fewer qualitative effects are named.
The appendix (page 2 on) lists every assumption, the convention and every
source.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date
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
from impactkaart.text.briefing import (
    Briefing,
    Evidence,
    briefing,
    evidence,
    made_line,
    plain_assumptions,
)
from impactkaart.text.catalogue import mid_sentence, t
from impactkaart.text.proxies import overlap_warnings
from impactkaart.text.sources import SourcedFigure
from impactkaart.versions.export import comments_appendix

PAGE_W, PAGE_H = 210.0, 297.0  # A4 in mm
MARGIN = 12.0
PT_PER_MM = 72 / 25.4
PX_PER_MM = 4.0  # chart pixels per mm on paper: the charts' 12 px labels print at 8,5 pt
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
# Tried in order until page 1 fits: (first chart mm, second row mm (0: none), qualitative
# effects named). Text never shrinks below 8 pt; the appendix holds everything in full.
FITS = [(58, 60, 12), (54, 54, 8), (48, 48, 6), (46, 0, 6), (40, 0, 4), (34, 0, 3), (28, 0, 2),
        (24, 0, 1)]


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


def _header(pdf: _Page, b: Briefing, made: str, lang: str) -> None:
    if b.illustrative:
        pdf.use_font(8, True, (255, 255, 255))
        pdf.set_fill_color(*ILLUSTRATIVE)
        label = t("export.illustrative_badge", lang)
        pdf.text_cell(pdf.get_string_width(label) + 4, 4.8, label, fill=True,
                      new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
    pdf.para(b.name, 16, bold=True, height=7)
    pdf.para(b.subtitle, 8.5, colour=GREY, gap=0.6)
    pdf.para(made, 8.5, colour=GREY, gap=2.2)


def _lines_height(pdf: _Page, w: float, h: float, text: str, size: float) -> float:
    pdf.use_font(size)
    return len(pdf.multi_cell(w, h, pdf.fix(text), dry_run=True, output="LINES")) * h


def _headline(pdf: _Page, b: Briefing, ev: Evidence, factor: float | None, lang: str) -> None:
    """The sentence a councillor remembers, how sure it is, and the SEOR average as context
    only (no verdict: docs/method.md, "One-pager")."""
    top = pdf.get_y()
    inner = PAGE_W - 2 * MARGIN
    text_w = inner - 72
    context = t("onepager.context", lang, benchmark=b.benchmark_text)
    parts = [(ev.interval, 9.5, 4.4, INK)]
    if ev.defaults_note:
        parts.append((ev.defaults_note, 8, 3.6, GREY))
    parts.append((context, 8, 3.6, GREY))
    band_h = 3 + 9 + sum(_lines_height(pdf, text_w, h, text, size) + 0.8
                         for text, size, h, _ in parts) + 2
    band_h = max(band_h, 30)
    pdf.set_fill_color(*BAND)
    pdf.rect(MARGIN, top, inner, band_h, style="F")
    pdf.set_xy(MARGIN + 4, top + 3)
    pdf.use_font(18, True, ACCENT)
    pdf.text_cell(inner - 8, 8.5, b.headline, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(pdf.get_y() + 0.5)
    for text, size, h, colour in parts:
        pdf.set_x(MARGIN + 4)
        pdf.use_font(size, False, colour)
        pdf.multi_cell(text_w, h, pdf.fix(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")
        pdf.set_y(pdf.get_y() + 0.8)
    if factor is not None:
        _benchmark_bars(pdf, b, factor, MARGIN + inner - 68, top + 14, 64, lang)
    pdf.set_y(top + band_h + 2.5)


def _benchmark_bars(pdf: _Page, b: Briefing, factor: float, x: float, y: float, width: float,
                    lang: str) -> None:
    """Two bars drawn to scale: this project and the SEOR average (the figures printed on them)."""
    label_w = 29
    span = width - label_w - 12
    top = max(factor, b.benchmark.value, 0.0) or 1.0
    rows = [(t("export.this_project", lang), factor, b.factor_text, ACCENT),
            (t("onepager.context_bar", lang), b.benchmark.value, b.benchmark_value_text, GREY)]
    for i, (label, value, text, colour) in enumerate(rows):
        row_y = y + i * 7
        pdf.set_xy(x, row_y)
        pdf.use_font(8, False, INK)
        pdf.text_cell(label_w, 5, label)
        length = max(span * max(value, 0.0) / top, 0.4)
        pdf.set_fill_color(*colour)
        pdf.rect(x + label_w, row_y + 0.8, length, 3.6, style="F")
        pdf.set_xy(x + label_w + length + 1, row_y)
        pdf.use_font(8.5, True, INK)
        pdf.text_cell(12, 5, text)


def _figures(pdf: _Page, b: Briefing) -> None:
    """Five boxes; a label that does not fit at 8 pt wraps onto a second line."""
    top = pdf.get_y()
    gap = 2.5
    width = (PAGE_W - 2 * MARGIN - gap * (len(b.figures) - 1)) / len(b.figures)
    for i, figure in enumerate(b.figures):
        x = MARGIN + i * (width + gap)
        pdf.set_draw_color(200, 200, 200)
        pdf.rect(x, top, width, 17)
        pdf.set_xy(x + 1.5, top + 1.2)
        pdf.use_font(8, False, GREY)
        pdf.multi_cell(width - 3, 3.5, pdf.fix(figure.label), max_line_height=3.5, align="L")
        pdf.set_xy(x + 1.5, top + 9.5)
        pdf.use_font(12 if len(figure.value) < 14 else 10, True, INK)
        pdf.text_cell(width - 3, 6, figure.value)
    pdf.set_y(top + 19.5)
    pdf.para(b.fte_sentence, 9, bold=True, gap=1.5)


def _expost(pdf: _Page, ev: Evidence, lang: str) -> None:
    """Ex post beside ex ante, only where something was measured."""
    if not ev.expost:
        return
    pdf.para(t("onepager.expost_title", lang), 10, bold=True, gap=0.5)
    widths = (52, 40, 40)
    pdf.use_font(8.5, True, GREY)
    for w, text in zip(widths, ("", t("onepager.expected", lang), t("onepager.measured", lang))):
        pdf.text_cell(w, 4.2, text)
    pdf.ln(4.2)
    for line in ev.expost:
        pdf.use_font(8.5, False, INK)
        pdf.text_cell(widths[0], 4.2, line.label)
        pdf.text_cell(widths[1], 4.2, line.expected)
        pdf.use_font(8.5, True, INK)
        pdf.text_cell(widths[2], 4.2, line.measured)
        pdf.ln(4.2)
    pdf.para(ev.expost_note, 8, colour=GREY, gap=1.5)


def _qualitative(pdf: _Page, b: Briefing, shown: int, lang: str) -> None:
    pdf.para(t("export.qualitative", lang), 10, bold=True, gap=0.8)
    if not b.qualitative:
        pdf.para(t("export.no_qualitative", lang), 8.5, colour=GREY, gap=1)
        return
    lines = [
        f"{'▲' if q.direction == '+' else '▼'} “{q.outcome}” – {q.party.lower() if q.party[1:2].islower() else q.party}"
        f" ({q.direction_text}, {q.strength_text})"
        for q in b.qualitative[:shown]
    ]
    if len(b.qualitative) > shown:
        lines.append(t("show.more_others", lang, n=len(b.qualitative) - shown))
    pdf.para("   ".join(lines), 8.5, gap=1.5)


def _drivers(pdf: _Page, ev: Evidence, lang: str) -> None:
    """The few assumptions that move the factor most, in plain words (the tornado's top)."""
    pdf.set_draw_color(180, 180, 180)
    pdf.line(MARGIN, pdf.get_y(), PAGE_W - MARGIN, pdf.get_y())
    pdf.ln(1)
    if ev.drivers:
        pdf.para(t("onepager.drivers_title", lang), 10, bold=True, gap=0.5)
        for driver in ev.drivers:
            pdf.para("• " + driver.sentence, 8.5, height=3.9, gap=0.4)
    pdf.para(t("onepager.more", lang), 8, colour=GREY, height=3.6)


def _appendix(pdf: _Page, b: Briefing, plain: list[str], lang: str) -> None:
    """Page 2 on: every assumption in plain words, the convention, every source."""
    pdf.add_page()
    pdf.para(t("onepager.appendix_title", lang) + " – " + b.name, 12, bold=True, height=6, gap=1)
    pdf.para(t("onepager.appendix_intro", lang), 8.5, colour=GREY, gap=1.5)
    for line in plain:
        pdf.para("• " + line, 8.5, height=3.9, gap=0.6)
    pdf.ln(1.5)
    pdf.para(t("onepager.discounting", lang), 10, bold=True, gap=0.4)
    pdf.para(b.convention, 8.5, height=3.9, gap=1.5)
    if b.illustrative:
        pdf.para(t("onepager.illustrative", lang), 10, bold=True, gap=0.4, colour=(150, 90, 0))
        pdf.para("; ".join(b.illustrative) + ".", 8.5, height=3.9, colour=(150, 90, 0), gap=1.5)
    pdf.para(t("onepager.sources", lang), 10, bold=True, gap=0.4)
    for n, (source, uses) in enumerate(b.citations, start=1):
        used_for = ", ".join(_use(u, lang) for u in uses)
        mark = " " + t("export.illustrative_mark", lang) if source.illustratief else ""
        pdf.para(t("export.source_line", lang, n=n, citation=source.citation_in(lang),
                   mark=mark, uses=used_for), 8, height=3.6, gap=0.5)
    pdf.ln(1)
    pdf.para(t("export.made_with_pdf", lang), 8, colour=GREY, height=3.6)


def _use(figure: SourcedFigure, lang: str = "nl") -> str:
    """'‘minder huisartsbezoek’ € 30,87' or 'loonkosten per fte: zorg € 60.200'."""
    prefix = t("sources.price_prefix", lang)
    if figure.what.startswith(prefix):
        return f"‘{figure.what.removeprefix(prefix)}’ {figure.value}"
    return f"{mid_sentence(figure.what)} {figure.value}"


@dataclass
class _Content:
    """Everything page 1 says, made once; `_layout` only places it."""

    briefing: Briefing
    evidence: Evidence
    made: str
    factor: float | None
    names: list[str]
    lang: str


def _layout(c: _Content, fit: tuple[float, float, int]) -> tuple[_Page, list[_Box]]:
    """Page 1 with room for the charts: the first full width, the next two side by side."""
    first_h, second_h, shown = fit
    b, lang, names = c.briefing, c.lang, c.names
    pdf = _Page()
    pdf.set_title(b.name)
    pdf.add_page()
    _header(pdf, b, c.made, lang)
    _headline(pdf, b, c.evidence, c.factor, lang)
    _figures(pdf, b)
    _expost(pdf, c.evidence, lang)
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
    _qualitative(pdf, b, shown, lang)
    _drivers(pdf, c.evidence, lang)
    return pdf, boxes


def onepager_pdf(
    project: Project, result: ProjectResult | None = None, lang: str = "nl",
    reference: Reference | None = None, organisation: str = "", author: str = "",
    made_on: date | None = None, comments: tuple = (),
) -> bytes:
    """The one-pager (page 1) and its appendix (page 2 on) as A4 PDF; see the module docstring.

    ``organisation`` and ``author`` are printed with ``made_on`` (default: today) at the
    top; they belong to the export, not to the project. ``comments``: the version's
    comments (`impactkaart.versions.export`), a page of the appendix."""
    reference = reference or default_reference()
    result = result or compute(project, reference)
    b = briefing(project, result, lang, reference)
    b.assumptions[:0] = [w.rstrip(".") for w in overlap_warnings(project.effects, reference, lang)]
    chart_set = print_charts(project, result, lang)
    content = _Content(b, evidence(project, result, lang, reference),
                       made_line(made_on or date.today(), organisation, author, lang),
                       result.rendementsfactor, list(chart_set), lang)
    for fit in FITS:
        pdf, boxes = _layout(content, fit)
        if pdf.page_no() == 1:
            break
    pdf, boxes = _grown(pdf, boxes, content, fit)
    _appendix(pdf, b, plain_assumptions(project, result, lang), lang)
    comments_appendix(pdf, comments, lang)
    return _with_charts(bytes(pdf.output()), [(box, chart_set[box.name]) for box in boxes],
                        author)


def _grown(pdf: _Page, boxes: list[_Box], c: _Content,
           fit: tuple[float, float, int]) -> tuple[_Page, list[_Box]]:
    """Give the space left at the bottom of page 1 to the charts."""
    first_h, second_h, shown = fit
    spare = PAGE_H - MARGIN - pdf.get_y() - 2
    if spare < 3 or pdf.page_no() != 1:
        return pdf, boxes
    rows = 2 if second_h and len(c.names) > 1 else 1
    grow = min(spare / rows, 40)
    bigger = _layout(c, (first_h + grow, second_h + grow if rows == 2 else 0, shown))
    return bigger if bigger[0].page_no() == 1 else (pdf, boxes)


def _with_charts(page_pdf: bytes, placed: list[tuple[_Box, alt.TopLevelMixin]],
                 author: str = "") -> bytes:
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
    metadata = {"/Title": "Impactkaart", "/Creator": "Impactkaart"}
    if author.strip():
        metadata["/Author"] = author.strip()
    writer.add_metadata(metadata)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
