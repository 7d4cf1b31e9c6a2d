"""The one-page PDF (A4) a councillor takes into the debate, made offline.

Layout with fpdf2 (text, boxes, small print); the charts are the app's own
Altair charts rendered to vector PDF by vl-convert and laid onto the page with
pypdf, so they look exactly as in the app and stay sharp when printed. No
browser, no network.

Page 1 is what a councillor reads: the headline, how sure it is (Monte Carlo
interval and P(factor > 1)), ex post beside ex ante where measured, the charts
and the few assumptions that move the factor most, in plain words, with the
date, organisation and author. No text on it is smaller than 8 pt: when a
project is crowded fewer qualitative effects are named, and a chart that does not
fit at its natural size (`print_charts.natural_spec`) moves to page 2 rather than
being squeezed. The appendix (page 2 on) lists every assumption, the convention
and every source.
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

from impactkaart.core.engine import ProjectResult, compute
from impactkaart.core.model import Project
from impactkaart.core.reference import Reference, default_reference
from impactkaart.io.exports.print_charts import (
    DOWNLOAD_PLOT_PX,
    PRINT_BAR_PX,
    PX_PER_MM,
    print_charts,
    print_spec,
)
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
# Tried in order until page 1 fits: (plot height in px of the two charts side by side, 0:
# they go to page 2; qualitative effects named; the first chart on page 1). A chart is
# never squeezed into a box: it is drawn at its natural height for the width it gets
# (title, legend and axes as they need), always at PX_PER_MM, so text stays at least 8 pt
# and bars keep their proportions; what does not fit moves to page 2.
# A first chart too tall for page 1 (many parties with long names) leaves it to the
# others.
FITS = [(180, 12, True), (150, 12, True), (130, 8, True), (115, 6, True), (100, 6, True),
        (90, 4, True), (80, 3, True), (80, 2, True), (80, 1, True), (0, 6, True), (0, 3, True),
        (0, 1, True), (150, 6, False), (115, 4, False), (80, 1, False), (0, 1, False)]
GAP = 2.0  # mm between charts


# --- charts ----------------------------------------------------------------------------


@dataclass
class Drawn:
    """A chart rendered for paper: its vector PDF and its size in px (= PX_PER_MM per mm)."""

    name: str
    spec: dict
    pdf: bytes
    width_px: float
    height_px: float

    @property
    def h_mm(self) -> float:
        return self.height_px / PX_PER_MM


def _drawn(name: str, spec: dict) -> Drawn:
    pdf = vlc.vegalite_to_pdf(json.dumps(spec))
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox  # vl-convert: 1 px = 1 pt
    return Drawn(name, spec, pdf, float(box.width), float(box.height))


class _Charts:
    """The page's charts, each rendered once per plot height asked (vl-convert is slow)."""

    def __init__(self, charts: dict[str, alt.TopLevelMixin]) -> None:
        self.charts = charts
        self.names = list(charts)
        self.full_px = (PAGE_W - 2 * MARGIN) * PX_PER_MM
        self.half_px = ((PAGE_W - 2 * MARGIN - 2 * GAP) / 2) * PX_PER_MM
        self._cache: dict[tuple, Drawn] = {}
        self._extra: dict[str, float] = {}

    def first(self) -> Drawn:
        return self._get(self.names[0], self.full_px, 0, PRINT_BAR_PX)

    def row_mm(self, plot_px: float) -> float:
        """The height of `row` (mm), without drawing it (its plot plus the tallest extras)."""
        return (self._row_extra() + plot_px) / PX_PER_MM

    def row(self, plot_px: float) -> list[Drawn]:
        """The next charts side by side (or one at full width), all as tall as the tallest:
        each plot gets the height its title and legend leave (the plots end on one line)."""
        total = self._row_extra() + plot_px
        return [self._get(name, self._row_width(), round(total - self._extra[name]))
                for name in self.names[1:3]]

    def _row_width(self) -> float:
        return self.half_px if len(self.names[1:3]) == 2 else self.full_px

    def _row_extra(self) -> float:
        """Title, legend and axes of the row's charts: the height each adds to its plot."""
        for name in self.names[1:3]:
            if name not in self._extra:
                probe = self._get(name, self._row_width(), DOWNLOAD_PLOT_PX)
                self._extra[name] = probe.height_px - DOWNLOAD_PLOT_PX
        return max((self._extra[name] for name in self.names[1:3]), default=0.0)

    def _get(self, name: str, width: float, plot_px: float, bar_px: int | None = None) -> Drawn:
        key = (name, round(width), round(plot_px), bar_px)
        if key not in self._cache:
            self._cache[key] = _drawn(name, print_spec(self.charts[name], width, plot_px, bar_px))
        return self._cache[key]


# --- layout ----------------------------------------------------------------------------


@dataclass
class Placed:
    """Where a chart goes (mm from the top left of page ``page``, 0 the first), at the
    chart's natural size: w × h is its drawing at PX_PER_MM."""

    chart: Drawn
    page: int
    x: float
    y: float

    @property
    def name(self) -> str:
        return self.chart.name

    @property
    def w(self) -> float:
        return self.chart.width_px / PX_PER_MM

    @property
    def h(self) -> float:
        return self.chart.h_mm


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
        # The largest size (12 pt down to 8 pt) at which the value fits its box; one that
        # does not fit even at 8 pt ("niet binnen de looptijd") takes two lines.
        for size in (12, 11, 10, 9, 8):
            pdf.use_font(size, True, INK)
            if pdf.get_string_width(pdf.fix(figure.value)) <= width - 3:
                break
        if pdf.get_string_width(pdf.fix(figure.value)) <= width - 3:
            pdf.set_xy(x + 1.5, top + 9.5)
            pdf.text_cell(width - 3, 6, figure.value)
        else:
            pdf.set_xy(x + 1.5, top + 9.2)
            pdf.multi_cell(width - 3, 3.6, pdf.fix(figure.value), max_line_height=3.6, align="L")
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


def _place(charts: list[Drawn], page: int, top: float) -> tuple[list[Placed], float]:
    """Boxes for ``charts`` from ``top`` down: a full-width chart on its own row, two
    half-width ones side by side; and the y below them."""
    boxes: list[Placed] = []
    x = MARGIN
    row_h = 0.0
    for chart in charts:
        w = chart.width_px / PX_PER_MM
        if x > MARGIN and x + w > PAGE_W - MARGIN + 0.5:  # no room beside: a new row
            top += row_h + GAP
            x, row_h = MARGIN, 0.0
        boxes.append(Placed(chart, page, x, top))
        x += w + 2 * GAP
        row_h = max(row_h, chart.h_mm)
    return boxes, top + row_h + (GAP if charts else 0.0)


def _appendix(pdf: _Page, b: Briefing, plain: list[str], lang: str,
              charts: list[Drawn] = ()) -> list[Placed]:
    """Page 2 on: the charts page 1 had no room for, then every assumption in plain words,
    the convention, every source. Returns the boxes of those charts."""
    pdf.add_page()
    boxes, below = _place(list(charts), pdf.page_no() - 1, pdf.get_y())
    pdf.set_y(below)
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
    return boxes


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
    charts: _Charts
    lang: str


def _layout(c: _Content, fit: tuple[float, int, bool]) -> tuple[_Page, list[Placed], list[Drawn],
                                                                 float]:
    """Page 1 with the charts at their natural size: the first full width, the next two
    side by side with plots of ``fit[0]`` px (0: they go to page 2, as the first does
    when ``fit[2]`` is false). Returns the page, the boxes of the charts placed so far,
    the charts left for page 2 and where the row starts."""
    row_px, shown, first_here = fit
    b, lang, charts = c.briefing, c.lang, c.charts
    pdf = _Page()
    pdf.set_title(b.name)
    pdf.add_page()
    _header(pdf, b, c.made, lang)
    _headline(pdf, b, c.evidence, c.factor, lang)
    _figures(pdf, b)
    _expost(pdf, c.evidence, lang)
    here: list[Drawn] = []
    later: list[Drawn] = []
    (here if first_here else later).append(charts.first())
    boxes, below = _place(here, 0, pdf.get_y() + 1)
    pdf.set_y(below)
    if len(charts.names) > 1:
        if row_px:  # only its height is needed here; the row is drawn once chosen
            pdf.set_y(below + charts.row_mm(row_px) + GAP)
        else:
            later += charts.row(FITS[1][0])
    if later:
        pdf.para(t("onepager.charts_overleaf", lang), 8.5, colour=GREY, gap=1)
    _qualitative(pdf, b, shown, lang)
    _drivers(pdf, c.evidence, lang)
    return pdf, boxes, later, below


def onepager_pdf(
    project: Project, result: ProjectResult | None = None, lang: str = "nl",
    reference: Reference | None = None, organisation: str = "", author: str = "",
    made_on: date | None = None, comments: tuple = (),
) -> bytes:
    """The one-pager (page 1) and its appendix (page 2 on) as A4 PDF; see the module docstring.

    ``organisation`` and ``author`` are printed with ``made_on`` (default: today) at the
    top; they belong to the export, not to the project. ``comments``: the version's
    comments (`impactkaart.versions.export`), a page of the appendix."""
    return onepager_document(project, result, lang, reference, organisation, author, made_on,
                             comments)[0]


def onepager_document(
    project: Project, result: ProjectResult | None = None, lang: str = "nl",
    reference: Reference | None = None, organisation: str = "", author: str = "",
    made_on: date | None = None, comments: tuple = (),
) -> tuple[bytes, list[Placed]]:
    """`onepager_pdf` and where each chart went (its page, box and the spec drawn there)."""
    reference = reference or default_reference()
    result = result or compute(project, reference)
    b = briefing(project, result, lang, reference)
    b.assumptions[:0] = [w.rstrip(".") for w in overlap_warnings(project.effects, reference, lang)]
    charts = _Charts(print_charts(project, result, lang))
    content = _Content(b, evidence(project, result, lang, reference),
                       made_line(made_on or date.today(), organisation, author, lang),
                       result.rendementsfactor, charts, lang)
    for fit in FITS:
        pdf, boxes, later, row_top = _layout(content, fit)
        if pdf.page_no() == 1:
            break
    if fit[0] and len(charts.names) > 1:
        boxes += _place(charts.row(fit[0]), 0, row_top)[0]
    boxes += _appendix(pdf, b, plain_assumptions(project, result, lang), lang, later)
    comments_appendix(pdf, comments, lang)
    return _with_charts(bytes(pdf.output()), boxes, author), boxes


def _with_charts(page_pdf: bytes, boxes: list[Placed], author: str = "") -> bytes:
    """Lay each chart's vector PDF into its box, uniformly scaled at PX_PER_MM (never
    stretched or squeezed: the box is the chart's own size)."""
    writer = PdfWriter(clone_from=io.BytesIO(page_pdf))
    scale = PT_PER_MM / PX_PER_MM  # vl-convert draws 1 px as 1 pt
    for box in boxes:
        drawing = PdfReader(io.BytesIO(box.chart.pdf)).pages[0]
        left, bottom = float(drawing.mediabox.left), float(drawing.mediabox.bottom)
        x = box.x * PT_PER_MM
        y = (PAGE_H - box.y - box.h) * PT_PER_MM
        writer.pages[box.page].merge_transformed_page(
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
