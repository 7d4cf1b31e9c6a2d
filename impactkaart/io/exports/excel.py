"""An Excel workbook an economist can audit: every result is a live formula over the inputs.

Sheets:

- **Resultaten**: rendementsfactor, NPV, payback year and total FTE, per party
  (SUMIF over party numbers), FTE per sector and the per-year totals, all as
  formulas over the two calculation sheets;
- **Invoer**: the project settings (the discount rate is the named cell
  ``discontovoet``), costs, effects with every field and the source of each
  price, and the sector figures used (with their sources);
- **Baten**: one row per effect and effect year: net value after deadweight,
  displacement and attribution, the drop-off factor, the discount factor
  ``1/(1+r)^(y−1)`` and the present value; staff hours and FTE by both routes;
- **Kosten**: every cost with its discount factor and present value;
- **Bronnen**: every figure used with its source (illustrative figures marked);
- **Toelichting**: the formulas and the discount convention in words.

The engine stays the one calculation: the workbook repeats its formulas in
Excel so that they can be checked, and the tests recalculate the file with an
independent spreadsheet program and compare the results with the engine.

Safety: user text (outcome names, parties, sources) is only ever written as a
text cell, never into a formula. A text that starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return also gets Excel's quote prefix, so that even
editing the cell in Excel does not turn it into a formula. Formulas hold only
cell references and numbers; parties and sectors are matched by number (not by
name) so that a name like ``>5`` or ``gem*`` is never read as a criterion.
"""

from __future__ import annotations

import io
import math
from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.worksheet import Worksheet

from impactkaart.core import conventions
from impactkaart.core.engine import (
    MIN_COST,
    in_kind_price_index,
    project_price_year,
    proxy_price_level,
)
from impactkaart.core.model import Project
from impactkaart.core.reference import Reference, default_reference
from impactkaart.core.sources import sector_figures_used
from impactkaart.io.exports.safe_cells import set_cell
from impactkaart.text.basis import basis_lines
from impactkaart.text.catalogue import t
from impactkaart.text.conventions import convention_line, sensitivity_line
from impactkaart.text.names import party_label, project_type_label, proxy_label, sector_label
from impactkaart.text.proxies import overlap_warnings
from impactkaart.text.sources import FIGURE_NAMES, sourced_figures
from impactkaart.uncertainty.headline import headline
from impactkaart.uncertainty.ranges import with_default_ranges
from impactkaart.uncertainty.report import assumption_value
from impactkaart.uncertainty.sensitivity import tornado
from impactkaart.versions.export import comments_sheet

EURO = '"€" #,##0.00;"€" -#,##0.00'
SHARE = "0%"
RATE = "0.00%"
FACTOR = '0.00"×"'
DECIMAL = "#,##0.00"
FACTOR4 = "0.000000"
HOURS = "#,##0.0"
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")  # inputs: the cells an economist may change
ILLUSTRATIVE_FILL = PatternFill("solid", fgColor="FCE4D6")
RATE_NAME = "discontovoet"  # the Dutch workbook's; each language names its own (xl.rate_name)
SHEETS = ("results", "inputs", "benefits", "costs", "sources", "notes")


class _Words:
    """The workbook's words in one language: ``w("key")`` is ``t("xl.key", lang)``, and the
    sheet names and the discount rate's name that the formulas refer to."""

    def __init__(self, lang: str):
        self.lang = lang
        self.sheet = {name: t(f"xl.sheet.{name}", lang) for name in SHEETS}
        self.rate = t("xl.rate_name", lang)

    def __call__(self, key: str, **values: object) -> str:
        return t(f"xl.{key}", self.lang, **values)

    def party(self, key: str) -> str:
        """A party as the user wrote it in Dutch (its key), its name in English: a key is
        a Dutch word, and an English workbook holds none."""
        return key if self.lang == "nl" else party_label(key, self.lang)


# --- writing cells safely ----------------------------------------------------------------


def write_text(ws: Worksheet, row: int, column: int, text: str | None):
    """User text as a text cell: never a formula (the shared `safe_cells` rule)."""
    cell = ws.cell(row=row, column=column)
    if text is None or text == "":
        return cell
    set_cell(cell, str(text))
    return cell


def write_number(ws: Worksheet, row: int, column: int, value: float | None, fmt: str | None = None):
    cell = ws.cell(row=row, column=column)
    if value is not None:
        cell.value = value
    if fmt:
        cell.number_format = fmt
    return cell


def write_formula(ws: Worksheet, row: int, column: int, formula: str, fmt: str | None = None):
    """A formula of our own making: cell references and numbers, never user text."""
    cell = ws.cell(row=row, column=column, value=formula)
    if fmt:
        cell.number_format = fmt
    return cell


def _header(ws: Worksheet, row: int, names: list[str]) -> None:
    for column, name in enumerate(names, start=1):
        cell = ws.cell(row=row, column=column, value=name)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def _widths(ws: Worksheet, widths: list[float]) -> None:
    for column, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width


def _span(column: str, first: int, last: int, sheet: str) -> str:
    """An absolute range of one column; at least one row, so an empty table sums to 0."""
    return f"{sheet}!${column}${first}:${column}${max(first, last)}"


# --- the workbook ------------------------------------------------------------------------


def excel_bytes(project: Project, reference: Reference | None = None, lang: str = "nl",
                comments: tuple = ()) -> bytes:
    """The workbook as .xlsx bytes (see the module docstring), in ``lang``: sheet names,
    headers, notes and the name of the discount rate; the formulas are the same.
    ``comments``: the version's comments (`impactkaart.versions.export`), as a sheet."""
    workbook, _ = build_workbook(project, reference, lang)
    comments_sheet(workbook, comments, lang)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def build_workbook(project: Project, reference: Reference | None = None,
                   lang: str = "nl") -> tuple[Workbook, dict]:
    """The workbook and where the Resultaten sheet holds each engine figure.

    The second value maps ``pv_benefits``, ``pv_costs``, ``npv``,
    ``rendementsfactor``, ``payback_year``, ``fte_total`` to a cell, and
    ``parties`` / ``sectors`` / ``years`` to the row of each party (columns D
    costs, E benefits, F rendement), sector (D hours, E FTE) and project year
    (B–E: costs, benefits, costs PV, benefits PV); ``rate`` is the discount-rate
    cell on the Invoer sheet, ``cohort_rows`` per effect the Invoer rows of its cohorts
    (C start year, D quantity).
    """
    reference = reference or default_reference()
    w = _Words(lang)
    wb = Workbook()
    results = wb.active
    results.title = w.sheet["results"]
    inputs = wb.create_sheet(w.sheet["inputs"])
    benefits = wb.create_sheet(w.sheet["benefits"])
    costs = wb.create_sheet(w.sheet["costs"])
    sources = wb.create_sheet(w.sheet["sources"])
    notes = wb.create_sheet(w.sheet["notes"])

    layout = _write_inputs(inputs, project, reference, w)
    price_year = project_price_year(project, reference)
    layout["price_index"] = [proxy_price_level(e, price_year, reference)[1] for e in project.effects]
    wb.defined_names[w.rate] = DefinedName(
        w.rate, attr_text=f"{w.sheet['inputs']}!$B${layout['rate_row']}")
    benefit_rows = _write_benefits(benefits, project, layout, w)
    cost_rows = _write_costs(costs, project, layout, w)
    _write_results(results, project, layout, benefit_rows, cost_rows, reference, w)
    _write_sources(sources, project, reference, w)
    _write_notes(notes, w)
    _write_uncertainty(wb.create_sheet(t("uncertainty.xl.sheet", lang)), project, reference, lang)
    cells = {
        "pv_benefits": "B5", "pv_costs": "B6", "npv": "B7", "rendementsfactor": "B8",
        "payback_year": "B9", "fte_total": "B10", "hours_total": "B11",
        "parties": layout["party_result_rows"],
        "sectors": layout["sector_result_rows"],
        "years": layout["year_rows"],
        "rate": f"B{layout['rate_row']}",  # on the inputs sheet (Invoer)
        "cohort_rows": layout["cohort_rows"],  # per effect, the Invoer rows of its cohorts
    }
    return wb, cells


def _parties(project: Project) -> list[str]:
    """Every party that pays or receives, in first-seen order (financiers first)."""
    seen = dict.fromkeys([c.financier for c in project.costs])
    seen.update(dict.fromkeys(line.provider for line in _counted_in_kind(project)))
    seen.update(dict.fromkeys(e.stakeholder for e in project.effects))
    # the engine's conventions (docs/method.md § 4): a transfer's losing party is a party too
    seen.update(dict.fromkeys(e.transfer_from for e in project.effects if e.transfer))
    return list(seen)


def _sectors(project: Project) -> list[str]:
    return list(dict.fromkeys(e.sector for e in project.effects if e.sector is not None))


def _key_and_name(ws: Worksheet, row: int, key: str, name: str, w: _Words) -> None:
    """Columns B and C of a party or sector row: the key and the name in Dutch; in English
    only the name (a key is a Dutch word)."""
    if w.lang == "nl":
        write_text(ws, row, 2, key)
        write_text(ws, row, 3, name)
    else:
        write_text(ws, row, 2, name)


def _key_headers(w: _Words, number: str, key: str) -> list[str]:
    """The headers of a numbered party or sector table: number, key and name (Dutch) or
    number and name (English, see `_key_and_name`)."""
    return [w(number), w(key), w("name")] if w.lang == "nl" else [w(number), w(key), ""]


def _indexed_figures(sector: str, project: Project, reference: Reference) -> dict[str, float]:
    """A reference sector's figures with its labour cost in the project's price level, as the
    engine uses them (docs/method.md § 3a)."""
    figures = dict(reference.sector_figures[sector])
    index = reference.price_index(project_price_year(project, reference),
                                  reference.labour_cost_price_years.get(sector))
    figures["labour_cost_per_fte"] *= index or 1.0
    return figures


def _write_inputs(ws: Worksheet, project: Project, reference: Reference, w: _Words) -> dict:
    """The Invoer sheet; returns where each table landed, for the formulas elsewhere."""
    write_text(ws, 1, 1, f"{w.sheet['inputs']} – {project.name}").font = TITLE
    ws.cell(row=2, column=1, value=w("inputs.yellow"))
    project_type = (project.project_type if w.lang == "nl"
                    else project_type_label(project.project_type, w.lang, reference))
    settings = [
        ("project_name", project.name, None),
        ("project_type", project_type, None),
        ("phase", t(f"briefing.phase_{project.phase}", w.lang), None),
        ("start_year", project.start_year, "0"),
        ("project_years", project.years, "0"),
        ("discount_rate", project.discount_rate, RATE),
        ("description", project.description, None),
    ]
    row = 4
    layout: dict = {}
    for label, value, fmt in settings:
        ws.cell(row=row, column=1, value=w(f"inputs.{label}")).font = BOLD
        if isinstance(value, str):
            write_text(ws, row, 2, value).alignment = Alignment(wrap_text=False)
        else:
            write_number(ws, row, 2, value, fmt)
        if label == "discount_rate":
            layout["rate_row"] = row
            ws.cell(row=row, column=2).fill = INPUT_FILL
            ws.cell(row=row, column=3, value=w("inputs.rate_name", name=w.rate))
        row += 1
    # The convention in force and the rate sensitivity (issue 15 item 13), in words.
    for label, text in ((t("conventions.label", w.lang), convention_line(project, w.lang, reference)),
                        (t("conventions.sensitivity_heading", w.lang),
                         sensitivity_line(project, w.lang, reference))):
        ws.cell(row=row, column=1, value=label).font = BOLD
        write_text(ws, row, 2, text).alignment = Alignment(wrap_text=False)
        row += 1

    # Parties: matched by number in every SUMIF (a name is never a criterion).
    row += 1
    ws.cell(row=row, column=1, value=w("inputs.parties")).font = BOLD
    row += 1
    _header(ws, row, _key_headers(w, "party_no", "party_key"))
    parties = _parties(project)
    party_no = {p: i + 1 for i, p in enumerate(parties)}
    for party in parties:
        row += 1
        write_number(ws, row, 1, party_no[party])
        _key_and_name(ws, row, party, party_label(party, w.lang), w)
    layout["party_no"] = party_no

    # Sector figures, resolved as the engine does (project's own figure wins).
    row += 2
    ws.cell(row=row, column=1, value=w("inputs.sector_figures")).font = BOLD
    row += 1
    _header(ws, row, [*_key_headers(w, "sector_no", "sector"), w("inputs.hours_per_fte"),
                      w("inputs.cost_per_fte"), w("inputs.labour_share"), w("inputs.origin")])
    sectors = _sectors(project)
    sector_no = {s: i + 1 for i, s in enumerate(sectors)}
    own = {s.sector: s for s in project.sectors}
    used = {(s, f): o for s, f, _, o in sector_figures_used(project, reference)}
    first_sector = row + 1
    for sector in sectors:
        row += 1
        write_number(ws, row, 1, sector_no[sector])
        _key_and_name(ws, row, sector, sector_label(sector, w.lang, reference), w)
        figures = (
            {f: getattr(own[sector], f) for f in FIGURE_NAMES}
            if sector in own
            else _indexed_figures(sector, project, reference)
        )
        for column, (figure, fmt) in enumerate(
            [("productive_hours_per_fte", DECIMAL), ("labour_cost_per_fte", EURO),
             ("labour_share", SHARE)],
            start=4,
        ):
            write_number(ws, row, column, figures[figure], fmt).fill = INPUT_FILL
        origin = w("inputs.own_figure") if sector in own else w("inputs.reference_figure",
                                                                  sheet=w.sheet["sources"])
        if not any((sector, f) in used for f in FIGURE_NAMES):
            origin += w("inputs.not_used")
        ws.cell(row=row, column=7, value=origin)
    layout["sector_no"] = sector_no
    layout["sector_table"] = f"{w.sheet['inputs']}!$A${first_sector}:$F${max(first_sector, row)}"

    # Costs.
    row += 2
    ws.cell(row=row, column=1, value=w("inputs.costs")).font = BOLD
    row += 1
    _header(ws, row, [w("nr"), w("inputs.project_year"), w("financier"), w("party_no"),
                      w("amount")])
    layout["cost_rows"] = []
    for i, cost in enumerate(project.costs, start=1):
        row += 1
        write_number(ws, row, 1, i)
        write_number(ws, row, 2, cost.year, "0").fill = INPUT_FILL
        write_text(ws, row, 3, w.party(cost.financier))
        write_number(ws, row, 4, party_no[cost.financier])
        write_number(ws, row, 5, cost.amount, EURO).fill = INPUT_FILL
        layout["cost_rows"].append(row)

    # Effects, every field.
    row += 2
    ws.cell(row=row, column=1, value=w("inputs.effects")).font = BOLD
    row += 1
    _header(ws, row, [w(f"effect.{name}") for name in EFFECT_COLUMNS])
    layout["effect_rows"] = []
    english = w.lang != "nl"
    for i, effect in enumerate(project.effects, start=1):
        row += 1
        values = {
            "nr": i,
            "outcome": effect.outcome,
            "stakeholder": w.party(effect.stakeholder),
            "party_no": party_no[effect.stakeholder],
            "sector": (sector_label(effect.sector, w.lang, reference) if english and effect.sector
                       else effect.sector or ""),
            "sector_no": sector_no.get(effect.sector, 0),
            "quantity": effect.quantity,
            "proxy": effect.proxy,
            "proxy_source": effect.proxy_source,
            "proxy_key": (proxy_label(effect.proxy_key, w.lang, reference)
                          if english and effect.proxy_key else effect.proxy_key or ""),
            "start_year": effect.start_year,
            "duration": effect.duration,
            "deadweight": effect.deadweight,
            "displacement": effect.displacement,
            "attribution": effect.attribution,
            "drop_off": effect.drop_off,
            "hours_per_unit": effect.hours_per_unit,
            "quantity_ex_post": effect.quantity_ex_post,
        }
        for column, name in enumerate(EFFECT_COLUMNS, start=1):
            value = values[name]
            if isinstance(value, str):
                write_text(ws, row, column, value)
            else:
                cell = write_number(ws, row, column, value, EFFECT_FORMATS.get(name))
                if name in EFFECT_INPUTS:
                    cell.fill = INPUT_FILL
        layout["effect_rows"].append(row)
    row = _write_cohort_inputs(ws, row, project, layout, w)
    row = _write_in_kind_inputs(ws, row, project, layout, party_no, w, reference)
    _write_basis(ws, row, project, w)
    _widths(ws, [24, 30, 22, 14, 16, 14, 14, 16, 40, 22, 12, 12, 12, 12, 12, 12, 12, 14])
    ws.freeze_panes = "A4"
    return layout


# --- cohorts (issue 16 item 4) --------------------------------------------------------------

def _write_cohort_inputs(ws: Worksheet, row: int, project: Project, layout: dict,
                         w: _Words) -> int:
    """The cohorts of the effects that have them: effect number, start year, quantity (the
    inputs the Baten sheet takes per cohort); the effect's own quantity and start year cells
    become the SUM and MIN of its cohorts, so every other assumption stays one cell."""
    layout["cohort_rows"] = [[] for _ in project.effects]
    if not any(e.cohorts for e in project.effects):
        return row
    row += 2
    ws.cell(row=row, column=1, value=t("cohorts.xl_heading", w.lang)).font = BOLD
    row += 1
    _header(ws, row, [w("nr"), w("effect.outcome"), w("effect.start_year"), w("effect.quantity")])
    for i, effect in enumerate(project.effects):
        for cohort in effect.cohorts:
            row += 1
            write_number(ws, row, 1, i + 1)
            write_text(ws, row, 2, effect.outcome)
            write_number(ws, row, 3, cohort.start_year, "0").fill = INPUT_FILL
            write_number(ws, row, 4, cohort.quantity, DECIMAL).fill = INPUT_FILL
            layout["cohort_rows"][i].append(row)
        rows = layout["cohort_rows"][i]
        if rows:
            src = layout["effect_rows"][i]
            quantity = ws[f"{_E['quantity']}{src}"]
            quantity.value, quantity.fill = f"=SUM(D{rows[0]}:D{rows[-1]})", PatternFill()
            start = ws[f"{_E['start_year']}{src}"]
            start.value, start.fill = f"=MIN(C{rows[0]}:C{rows[-1]})", PatternFill()
    return row


# --- inputs in kind and the basis of each assumption (issue 15 items 10, 12) --------------

def _counted_in_kind(project: Project) -> tuple:
    return project.in_kind if project.count_in_kind else ()


def _write_in_kind_inputs(ws: Worksheet, row: int, project: Project, layout: dict,
                          party_no: dict, w: _Words,
                          reference: Reference) -> int:
    """The in-kind lines, one row per line and year, in the cost table's columns (year B,
    party number D, value E = hours × value per hour, or the amount), so that the Kosten
    sheet takes the counted ones as costs of their provider, as the engine does."""
    layout["in_kind_rows"] = []
    if not project.in_kind:
        return row
    row += 2
    ws.cell(row=row, column=1, value=t("inputs.xl_in_kind_heading", w.lang)).font = BOLD
    ws.cell(row=row, column=2, value=t("inputs.xl_in_kind_counted", w.lang) + ": " + t(
        "inputs.xl_yes" if project.count_in_kind else "inputs.xl_no", w.lang))
    row += 1
    _header(ws, row, [w("nr"), w("inputs.project_year"), t("inputs.in_kind_provider", w.lang),
                      w("party_no"), t("inputs.xl_in_kind_per_year", w.lang),
                      t("inputs.in_kind_label", w.lang), t("inputs.in_kind_hours", w.lang),
                      t("inputs.in_kind_value", w.lang), t("inputs.in_kind_amount", w.lang),
                      t("inputs.in_kind_source", w.lang)])
    number = 0
    for line in project.in_kind:
        for year in line.years:
            row += 1
            number += 1
            write_number(ws, row, 1, number)
            write_number(ws, row, 2, year, "0").fill = INPUT_FILL
            write_text(ws, row, 3, w.party(line.provider))
            write_number(ws, row, 4, party_no.get(line.provider))
            if line.amount is not None:
                write_number(ws, row, 9, line.amount, EURO).fill = INPUT_FILL
                write_formula(ws, row, 5, f"=I{row}", EURO)
            else:
                write_number(ws, row, 7, line.hours, HOURS).fill = INPUT_FILL
                index = in_kind_price_index(line, project_price_year(project, reference), reference)
                if index != 1.0:  # the library's hour value × CPI to the project's price level
                    write_formula(ws, row, 8, f"={line.value_per_hour!r}*{index!r}", EURO)
                else:
                    write_number(ws, row, 8, line.value_per_hour, EURO).fill = INPUT_FILL
                write_formula(ws, row, 5, f"=G{row}*H{row}", EURO)
            write_text(ws, row, 6, line.label)
            write_text(ws, row, 10, line.source)
            if project.count_in_kind:
                layout["in_kind_rows"].append((line.provider, row))
    return row


def _write_basis(ws: Worksheet, row: int, project: Project, w: _Words) -> int:
    """Per effect and assumption: its value and what it rests on (or that nothing is given)."""
    row += 2
    ws.cell(row=row, column=1, value=t("inputs.basis_heading", w.lang)).font = BOLD
    row += 1
    _header(ws, row, [w("nr"), w("effect.outcome"), t("inputs.basis_assumption", w.lang),
                      t("inputs.basis_value", w.lang), t("inputs.basis_column", w.lang)])
    for i, effect in enumerate(project.effects, start=1):
        for line in basis_lines(effect, w.lang):
            row += 1
            write_number(ws, row, 1, i)
            write_text(ws, row, 2, effect.outcome)
            write_text(ws, row, 3, line.name)
            write_text(ws, row, 4, line.value)
            write_text(ws, row, 5, line.basis)
    return row


# The effect columns on the Invoer sheet, in order; headers are xl.effect.<name>.
EFFECT_COLUMNS = [
    "nr", "outcome", "stakeholder", "party_no", "sector", "sector_no", "quantity", "proxy",
    "proxy_source", "proxy_key", "start_year", "duration", "deadweight", "displacement",
    "attribution", "drop_off", "hours_per_unit", "quantity_ex_post",
]
EFFECT_FORMATS = {
    "quantity": DECIMAL, "proxy": EURO, "deadweight": SHARE, "displacement": SHARE,
    "attribution": SHARE, "drop_off": SHARE, "hours_per_unit": DECIMAL,
    "quantity_ex_post": DECIMAL,
}
EFFECT_INPUTS = {
    "quantity", "proxy", "start_year", "duration", "deadweight", "displacement", "attribution",
    "drop_off", "hours_per_unit",
}
# Column letters of the effect inputs on the Invoer sheet.
_E = {name: get_column_letter(i) for i, name in enumerate(EFFECT_COLUMNS, start=1)}

# The Baten sheet's columns: header (xl.benefit.<name>), number format, width.
BENEFIT_COLUMNS = [
    ("effect_no", None, 9),
    ("outcome", None, 30),
    ("party_no", None, 9),
    ("sector_no", None, 9),
    ("effect_year", "0", 10),
    ("project_year", "0", 10),
    ("net_units", DECIMAL, 20),
    ("drop_off", FACTOR4, 14),
    ("units_this_year", DECIMAL, 14),
    ("net_value", EURO, 16),
    ("discount", FACTOR4, 14),
    ("present_value", EURO, 16),
    ("hours_route", HOURS, 14),
    ("fte_route", FACTOR4, 18),
    ("hours_used", HOURS, 12),
    ("fte_used", FACTOR4, 14),
]


def _exponent(project: Project, year_cell: str) -> str:
    """The discount exponent of the project's convention: y − 1, or y at the end of the year."""
    return year_cell if conventions.timing(project.discount_convention) else f"{year_cell}-1"


def _write_benefits(ws: Worksheet, project: Project, layout: dict, w: _Words) -> int:
    """One row per effect-year; returns the last row used."""
    _header(ws, 1, [w(f"benefit.{name}") for name, _, _ in BENEFIT_COLUMNS])
    _widths(ws, [width for _, _, width in BENEFIT_COLUMNS])
    ws.row_dimensions[1].height = 60
    table = layout["sector_table"]
    row = 1
    for i, (effect, src) in enumerate(zip(project.effects, layout["effect_rows"]), start=1):
        ref = {name: f"{w.sheet['inputs']}!${col}${src}" for name, col in _E.items()}
        # the CPI factor to the project's price level, as the engine applies it (§ 3a)
        index = layout["price_index"][i - 1]
        indexed = ref["proxy"] if index == 1.0 else f"{ref['proxy']}*{index!r}"
        # A transfer's rows come twice: + for its stakeholder, − for the party that loses it
        # (no labour effect), so society's sums leave it out and the party table has both.
        sides = [(f"={ref['party_no']}", f"={ref['sector_no']}", "")]
        if effect.transfer:
            sides.append((f"={layout['party_no'][effect.transfer_from]}", "=0", "-"))
        # Each cohort its own rows, from its own start year and quantity (docs/method.md § 19).
        inputs = w.sheet["inputs"]
        intakes = [(f"{inputs}!$D${r}", f"{inputs}!$C${r}")
                   for r in layout.get("cohort_rows", [[]] * len(project.effects))[i - 1]] or [
            (ref["quantity"], ref["start_year"])]
        for (party_cell, sector_cell, sign), (quantity, start), k in (
            (side, intake, k) for side in sides for intake in intakes
            for k in range(1, effect.duration + 1)
        ):
            row += 1
            fmts = [fmt for _, fmt, _ in BENEFIT_COLUMNS]
            write_number(ws, row, 1, i)
            write_text(ws, row, 2, effect.outcome)
            write_formula(ws, row, 3, party_cell)
            write_formula(ws, row, 4, sector_cell)
            write_number(ws, row, 5, k, fmts[4])
            write_formula(ws, row, 6, f"={start}+E{row}-1", fmts[5])
            write_formula(
                ws, row, 7,
                f"={quantity}*(1-{ref['deadweight']})*(1-{ref['displacement']})"
                f"*(1-{ref['attribution']})",
                fmts[6],
            )
            write_formula(ws, row, 8, f"=(1-{ref['drop_off']})^(E{row}-1)", fmts[7])
            write_formula(ws, row, 9, f"=G{row}*H{row}", fmts[8])
            write_formula(ws, row, 10, f"={sign}I{row}*{indexed}", fmts[9])
            write_formula(ws, row, 11, f"=1/(1+{w.rate})^({_exponent(project, f'F{row}')})",
                          fmts[10])
            write_formula(ws, row, 12, f"=J{row}*K{row}", fmts[11])
            hours = ref["hours_per_unit"]
            write_formula(
                ws, row, 13, f'=IF(OR(D{row}=0,ISBLANK({hours})),"",I{row}*{hours})', fmts[12]
            )
            write_formula(
                ws, row, 14,
                f'=IF(D{row}=0,"",J{row}*VLOOKUP(D{row},{table},6,FALSE())'
                f"/VLOOKUP(D{row},{table},5,FALSE()))",
                fmts[13],
            )
            write_formula(
                ws, row, 15,
                f"=IF(D{row}=0,0,IF(ISBLANK({hours}),N{row}*VLOOKUP(D{row},{table},4,FALSE()),M{row}))",
                fmts[14],
            )
            write_formula(
                ws, row, 16, f"=IF(D{row}=0,0,O{row}/VLOOKUP(D{row},{table},4,FALSE()))", fmts[15]
            )
    ws.freeze_panes = "C2"
    return row


def _write_costs(ws: Worksheet, project: Project, layout: dict, w: _Words) -> int:
    names = [w("nr"), w("benefit.project_year"), w("financier"), w("party_no"), w("amount"),
             w("benefit.discount"), w("benefit.present_value")]
    _header(ws, 1, names)
    _widths(ws, [6, 12, 22, 10, 16, 16, 16])
    ws.row_dimensions[1].height = 45
    row = 1
    # the euro costs, then the counted in-kind inputs (same columns on the Invoer sheet)
    sources = [*zip([c.financier for c in project.costs], layout["cost_rows"]),
               *layout.get("in_kind_rows", [])]
    for i, (financier, src) in enumerate(sources, start=1):
        row += 1
        write_number(ws, row, 1, i)
        inputs = w.sheet["inputs"]
        write_formula(ws, row, 2, f"={inputs}!$B${src}", "0")
        write_text(ws, row, 3, w.party(financier))
        write_formula(ws, row, 4, f"={inputs}!$D${src}")
        write_formula(ws, row, 5, f"={inputs}!$E${src}", EURO)
        write_formula(ws, row, 6, f"=1/(1+{w.rate})^({_exponent(project, f'B{row}')})", FACTOR4)
        write_formula(ws, row, 7, f"=E{row}*F{row}", EURO)
    ws.freeze_panes = "A2"
    return row


def horizon(project: Project) -> int:
    """The last project year with a cost or benefit (effects may run past the project)."""
    ends = [start + e.duration - 1 for e in project.effects
            for start in ([c.start_year for c in e.cohorts] or [e.start_year])]
    return max([project.years, *ends])


def _write_results(
    ws: Worksheet, project: Project, layout: dict, last_benefit: int, last_cost: int,
    reference: Reference, w: _Words,
) -> None:
    b = lambda col: _span(col, 2, last_benefit, w.sheet["benefits"])  # noqa: E731
    c = lambda col: _span(col, 2, last_cost, w.sheet["costs"])  # noqa: E731
    write_text(ws, 1, 1, f"{w.sheet['results']} – {project.name}").font = TITLE
    ws.cell(row=2, column=1, value=w("results.intro", benefits=w.sheet["benefits"],
                                     costs=w.sheet["costs"]))
    ws.cell(row=3, column=1, value=w("results.made", date=f"{date.today():%d-%m-%Y}"))

    years = horizon(project)
    year_first = 20  # the per-year table; its 'terugverdiend' column feeds the payback year
    year_last = year_first + years - 1
    never = w("results.never")  # our own words, no quote in them: safe inside the formula
    headline = [
        ("pv_benefits", f"=SUM({b('L')})", EURO),
        ("pv_costs", f"=SUM({c('G')})", EURO),
        ("npv", "=B5-B6", EURO),
        ("factor", f'=IF(B6>={MIN_COST},B5/B6,"–")', FACTOR),
        ("payback", f'=IFERROR(MATCH(TRUE(),$I${year_first}:$I${year_last},0),"{never}")', "0"),
        ("fte", f"=SUM({b('P')})", DECIMAL),
        ("hours", f"=SUM({b('O')})", HOURS),
        ("seor", reference.seor_benchmark, FACTOR),
    ]
    for row, (label, value, fmt) in enumerate(headline, start=5):
        ws.cell(row=row, column=1, value=w(f"results.{label}")).font = BOLD
        if isinstance(value, str):
            write_formula(ws, row, 2, value, fmt)
        else:
            write_number(ws, row, 2, value, fmt)
    ws.cell(row=8, column=2).font = Font(bold=True, size=13)

    # Per year (also the basis of the payback year).
    ws.cell(row=year_first - 2, column=1, value=w("results.per_year")).font = BOLD
    _header(ws, year_first - 1, [w(f"results.year.{name}") for name in (
        "year", "costs", "benefits", "costs_pv", "benefits_pv", "costs_cum", "benefits_cum",
        "net", "paid_back")])
    for y in range(1, years + 1):
        row = year_first + y - 1
        write_number(ws, row, 1, y, "0")
        write_formula(ws, row, 2, f"=SUMIF({c('B')},A{row},{c('E')})", EURO)
        write_formula(ws, row, 3, f"=SUMIF({b('F')},A{row},{b('J')})", EURO)
        write_formula(ws, row, 4, f"=SUMIF({c('B')},A{row},{c('G')})", EURO)
        write_formula(ws, row, 5, f"=SUMIF({b('F')},A{row},{b('L')})", EURO)
        write_formula(ws, row, 6, f"=SUM($D${year_first}:D{row})", EURO)
        write_formula(ws, row, 7, f"=SUM($E${year_first}:E{row})", EURO)
        write_formula(ws, row, 8, f"=E{row}-D{row}", EURO)
        # paid back from this year: something paid, and the cumulative net stays ≥ 0 to the end
        write_formula(ws, row, 9, f"=AND(F{row}>={MIN_COST},SUMPRODUCT(--("
                                  f"$G${row}:$G${year_last}-$F${row}:$F${year_last}<-{MIN_COST}))=0)")

    # Per party and per sector, side by side above the year table would crowd it: below.
    row = year_last + 3
    ws.cell(row=row, column=1, value=w("results.parties")).font = BOLD
    row += 1
    _header(ws, row, [*_key_headers(w, "party_no", "party"), w("results.pays"),
                      w("results.receives"), w("results.party_factor")])
    layout["party_result_rows"] = {}
    for party, number in layout["party_no"].items():
        row += 1
        write_number(ws, row, 1, number)
        _key_and_name(ws, row, party, party_label(party, w.lang), w)
        write_formula(ws, row, 4, f"=SUMIF({c('D')},A{row},{c('G')})", EURO)
        write_formula(ws, row, 5, f"=SUMIF({b('C')},A{row},{b('L')})", EURO)
        write_formula(ws, row, 6, f'=IF(D{row}>={MIN_COST},E{row}/D{row},"")', FACTOR)
        layout["party_result_rows"][party] = row

    row += 2
    ws.cell(row=row, column=1, value=w("results.sectors")).font = BOLD
    row += 1
    _header(ws, row, [*_key_headers(w, "sector_no", "sector"), w("results.hours_saved"),
                      w("results.fte_saved")])
    layout["sector_result_rows"] = {}
    for sector, number in layout["sector_no"].items():
        row += 1
        write_number(ws, row, 1, number)
        _key_and_name(ws, row, sector, sector_label(sector, w.lang, reference), w)
        write_formula(ws, row, 4, f"=SUMIF({b('D')},A{row},{b('O')})", HOURS)
        write_formula(ws, row, 5, f"=SUMIF({b('D')},A{row},{b('P')})", FACTOR4)
        layout["sector_result_rows"][sector] = row
    layout["year_rows"] = {y: year_first + y - 1 for y in range(1, years + 1)}
    _widths(ws, [44, 26, 24, 22, 22, 22, 22, 16, 14])


def _write_sources(ws: Worksheet, project: Project, reference: Reference, w: _Words) -> None:
    ws.cell(row=1, column=1, value=w("sources.title")).font = TITLE
    ws.cell(row=2, column=1, value=w("sources.intro"))
    ws.cell(row=3, column=1, value=" ".join(overlap_warnings(project.effects, reference, w.lang)) or None)
    _header(ws, 4, [w(f"sources.{name}") for name in (
        "figure", "value", "source", "publisher", "year", "price_year", "link", "illustrative")])
    own_assumption = t("sources.own_assumption", w.lang)
    for row, figure in enumerate(sourced_figures(project, reference, w.lang), start=5):
        for column, text in enumerate(
            [figure.what, figure.value, figure.source, figure.publisher, figure.year,
             figure.price_year, figure.url, w("yes") if figure.illustratief else w("no")],
            start=1,
        ):
            cell = write_text(ws, row, column, text)
            if figure.illustratief or figure.source == own_assumption:
                cell.fill = ILLUSTRATIVE_FILL
    _widths(ws, [48, 14, 60, 40, 8, 10, 50, 11])


# The Toelichting sheet, line by line (xl.notes.<name>; None is an empty line).
NOTES = ("title", None, "value", "value_formula", "discounting", "costs", "factor", "npv",
         "payback", None, "labour", "labour_hours", "labour_cost", None, "by_number", "yellow",
         "truth")


def _write_notes(ws: Worksheet, w: _Words) -> None:
    for row, name in enumerate(NOTES, start=1):
        line = "" if name is None else w(f"notes.{name}", party_no=w("party_no"),
                                          sector_no=w("sector_no"), inputs=w.sheet["inputs"])
        ws.cell(row=row, column=1, value=line)
    ws["A1"].font = TITLE
    ws.column_dimensions["A"].width = 120


# --- Onzekerheid: the Monte Carlo interval beside the point value (issue 15, item 7) ----------


def _write_uncertainty(ws: Worksheet, project: Project, reference: Reference, lang: str) -> None:
    """Point value, median, 90 % interval and P(factor > 1) (seeded, default ranges where the
    project has none, default correlation), then the tornado's levers. Values, not formulas:
    a spreadsheet cannot redo the draws."""
    x = lambda key, **values: t(f"uncertainty.xl.{key}", lang, **values)  # noqa: E731
    h = headline(project, reference, lang)
    write_text(ws, 1, 1, x("title", name=project.name)).font = TITLE
    rows = [("point", h.point, FACTOR), ("median", h.median, FACTOR), ("p05", h.p05, FACTOR),
            ("p95", h.p95, FACTOR), ("p_above_1", h.p_above_1, "0.0%"),
            ("draws", h.draws, "#,##0"), ("seed", h.seed, "0")]
    for row, (key, value, fmt) in enumerate(rows, start=3):
        ws.cell(row=row, column=1, value=x(key)).font = BOLD
        if value is None:
            write_text(ws, row, 2, "–")
        else:
            write_number(ws, row, 2, value, fmt)
    ws.cell(row=3, column=2).font = Font(bold=True, size=13)
    if h.p_above_1 is None:
        write_text(ws, 7, 3, x("no_chance"))
    write_text(ws, 11, 1, h.note).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=11, start_column=1, end_row=11, end_column=6)
    ws.row_dimensions[11].height = 120

    frame = tornado(with_default_ranges(project), reference, lang)
    ws.cell(row=13, column=1, value=x("tornado")).font = BOLD
    _header(ws, 14, [x(f"col.{c}") for c in ("lever", "low", "high", "factor_low",
                                             "factor_high", "default")])
    for row, r in enumerate(frame.itertuples(), start=15):
        write_text(ws, row, 1, r.label)
        write_text(ws, row, 2, assumption_value(r.assumption, r.low, lang))
        write_text(ws, row, 3, assumption_value(r.assumption, r.high, lang))
        for column, value in ((4, float(r.factor_low)), (5, float(r.factor_high))):
            write_number(ws, row, column, None if math.isnan(value) else value, FACTOR)
        write_text(ws, row, 6, x("yes") if r.default else "")
    _widths(ws, [58, 16, 16, 14, 14, 16])
