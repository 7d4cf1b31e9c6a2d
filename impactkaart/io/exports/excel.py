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
from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.worksheet import Worksheet

from impactkaart.core.engine import MIN_COST
from impactkaart.core.model import Project
from impactkaart.core.reference import Reference, default_reference
from impactkaart.core.sources import sector_figures_used
from impactkaart.io.exports.safe_cells import set_cell
from impactkaart.text.names import party_label, sector_label
from impactkaart.text.sources import (
    FIGURE_NAMES,
    OWN_ASSUMPTION,
    sourced_figures,
)

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
RATE_NAME = "discontovoet"


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


def excel_bytes(project: Project, reference: Reference | None = None) -> bytes:
    """The workbook as .xlsx bytes (see the module docstring)."""
    workbook, _ = build_workbook(project, reference)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def build_workbook(project: Project, reference: Reference | None = None) -> tuple[Workbook, dict]:
    """The workbook and where the Resultaten sheet holds each engine figure.

    The second value maps ``pv_benefits``, ``pv_costs``, ``npv``,
    ``rendementsfactor``, ``payback_year``, ``fte_total`` to a cell, and
    ``parties`` / ``sectors`` / ``years`` to the row of each party (columns D
    costs, E benefits, F rendement), sector (D hours, E FTE) and project year
    (B–E: costs, benefits, costs PV, benefits PV); ``rate`` is the discount-rate
    cell on the Invoer sheet.
    """
    reference = reference or default_reference()
    wb = Workbook()
    results = wb.active
    results.title = "Resultaten"
    inputs = wb.create_sheet("Invoer")
    benefits = wb.create_sheet("Baten")
    costs = wb.create_sheet("Kosten")
    sources = wb.create_sheet("Bronnen")
    notes = wb.create_sheet("Toelichting")

    layout = _write_inputs(inputs, project, reference)
    wb.defined_names[RATE_NAME] = DefinedName(RATE_NAME, attr_text=f"Invoer!$B${layout['rate_row']}")
    benefit_rows = _write_benefits(benefits, project, layout)
    cost_rows = _write_costs(costs, project, layout)
    _write_results(results, project, layout, benefit_rows, cost_rows, reference)
    _write_sources(sources, project, reference)
    _write_notes(notes)
    cells = {
        "pv_benefits": "B5", "pv_costs": "B6", "npv": "B7", "rendementsfactor": "B8",
        "payback_year": "B9", "fte_total": "B10", "hours_total": "B11",
        "parties": layout["party_result_rows"],
        "sectors": layout["sector_result_rows"],
        "years": layout["year_rows"],
        "rate": f"B{layout['rate_row']}",  # on Invoer
    }
    return wb, cells


def _parties(project: Project) -> list[str]:
    """Every party that pays or receives, in first-seen order (financiers first)."""
    seen = dict.fromkeys([c.financier for c in project.costs])
    seen.update(dict.fromkeys(e.stakeholder for e in project.effects))
    return list(seen)


def _sectors(project: Project) -> list[str]:
    return list(dict.fromkeys(e.sector for e in project.effects if e.sector is not None))


def _write_inputs(ws: Worksheet, project: Project, reference: Reference) -> dict:
    """The Invoer sheet; returns where each table landed, for the formulas elsewhere."""
    write_text(ws, 1, 1, f"Invoer – {project.name}").font = TITLE
    ws.cell(row=2, column=1, value="Gele cellen zijn invoer: wijzig ze en alle formules rekenen mee.")
    settings = [
        ("Projectnaam", project.name, None),
        ("Projecttype", project.project_type, None),
        ("Fase", "ex ante (verwacht)" if project.phase == "ex_ante" else "ex post (gemeten)", None),
        ("Startjaar", project.start_year, "0"),
        ("Looptijd project (jaren)", project.years, "0"),
        ("Discontovoet", project.discount_rate, RATE),
        ("Omschrijving", project.description, None),
    ]
    row = 4
    layout: dict = {}
    for label, value, fmt in settings:
        ws.cell(row=row, column=1, value=label).font = BOLD
        if isinstance(value, str):
            write_text(ws, row, 2, value).alignment = Alignment(wrap_text=False)
        else:
            write_number(ws, row, 2, value, fmt)
        if label == "Discontovoet":
            layout["rate_row"] = row
            ws.cell(row=row, column=2).fill = INPUT_FILL
            ws.cell(row=row, column=3, value="naam in formules: discontovoet")
        row += 1

    # Parties: matched by number in every SUMIF (a name is never a criterion).
    row += 1
    ws.cell(row=row, column=1, value="Partijen").font = BOLD
    row += 1
    _header(ws, row, ["Partij-nr", "Partij (sleutel)", "Naam"])
    parties = _parties(project)
    party_no = {p: i + 1 for i, p in enumerate(parties)}
    for party in parties:
        row += 1
        write_number(ws, row, 1, party_no[party])
        write_text(ws, row, 2, party)
        write_text(ws, row, 3, party_label(party))
    layout["party_no"] = party_no

    # Sector figures, resolved as the engine does (project's own figure wins).
    row += 2
    ws.cell(row=row, column=1, value="Sectorkengetallen (gebruikt voor de fte)").font = BOLD
    row += 1
    _header(ws, row, ["Sector-nr", "Sector", "Naam", "Productieve uren per fte",
                      "Loonkosten per fte (€)", "Personeelsaandeel vermeden kosten", "Herkomst"])
    sectors = _sectors(project)
    sector_no = {s: i + 1 for i, s in enumerate(sectors)}
    own = {s.sector: s for s in project.sectors}
    used = {(s, f): o for s, f, _, o in sector_figures_used(project, reference)}
    first_sector = row + 1
    for sector in sectors:
        row += 1
        write_number(ws, row, 1, sector_no[sector])
        write_text(ws, row, 2, sector)
        write_text(ws, row, 3, sector_label(sector, reference=reference))
        figures = (
            {f: getattr(own[sector], f) for f in FIGURE_NAMES}
            if sector in own
            else reference.sector_figures[sector]
        )
        for column, (figure, fmt) in enumerate(
            [("productive_hours_per_fte", DECIMAL), ("labour_cost_per_fte", EURO),
             ("labour_share", SHARE)],
            start=4,
        ):
            write_number(ws, row, column, figures[figure], fmt).fill = INPUT_FILL
        origin = "eigen kengetal van het project" if sector in own else "impactkaart/data/sector_figures.csv (zie Bronnen)"
        if not any((sector, f) in used for f in FIGURE_NAMES):
            origin += "; niet gebruikt"
        ws.cell(row=row, column=7, value=origin)
    layout["sector_no"] = sector_no
    layout["sector_table"] = f"Invoer!$A${first_sector}:$F${max(first_sector, row)}"

    # Costs.
    row += 2
    ws.cell(row=row, column=1, value="Kosten (investering)").font = BOLD
    row += 1
    _header(ws, row, ["Nr", "Projectjaar", "Financier", "Partij-nr", "Bedrag (€)"])
    layout["cost_rows"] = []
    for i, cost in enumerate(project.costs, start=1):
        row += 1
        write_number(ws, row, 1, i)
        write_number(ws, row, 2, cost.year, "0").fill = INPUT_FILL
        write_text(ws, row, 3, cost.financier)
        write_number(ws, row, 4, party_no[cost.financier])
        write_number(ws, row, 5, cost.amount, EURO).fill = INPUT_FILL
        layout["cost_rows"].append(row)

    # Effects, every field.
    row += 2
    ws.cell(row=row, column=1, value="Effecten (baten)").font = BOLD
    row += 1
    _header(ws, row, EFFECT_COLUMNS)
    layout["effect_rows"] = []
    for i, effect in enumerate(project.effects, start=1):
        row += 1
        values = {
            "Nr": i,
            "Uitkomst": effect.outcome,
            "Belanghebbende": effect.stakeholder,
            "Partij-nr": party_no[effect.stakeholder],
            "Sector": effect.sector or "",
            "Sector-nr (0 = geen)": sector_no.get(effect.sector, 0),
            "Aantal per jaar": effect.quantity,
            "Proxy (€ per eenheid)": effect.proxy,
            "Bron proxy": effect.proxy_source,
            "Proxy-sleutel": effect.proxy_key or "",
            "Startjaar (projectjaar)": effect.start_year,
            "Looptijd (jaren)": effect.duration,
            "Deadweight": effect.deadweight,
            "Displacement": effect.displacement,
            "Attributie": effect.attribution,
            "Drop-off per jaar": effect.drop_off,
            "Uren per eenheid": effect.hours_per_unit,
            "Aantal gemeten (ex post)": effect.quantity_ex_post,
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
    _widths(ws, [24, 30, 22, 14, 16, 14, 14, 16, 40, 22, 12, 12, 12, 12, 12, 12, 12, 14])
    ws.freeze_panes = "A4"
    return layout


EFFECT_COLUMNS = [
    "Nr", "Uitkomst", "Belanghebbende", "Partij-nr", "Sector", "Sector-nr (0 = geen)",
    "Aantal per jaar", "Proxy (€ per eenheid)", "Bron proxy", "Proxy-sleutel",
    "Startjaar (projectjaar)", "Looptijd (jaren)", "Deadweight", "Displacement", "Attributie",
    "Drop-off per jaar", "Uren per eenheid", "Aantal gemeten (ex post)",
]
EFFECT_FORMATS = {
    "Aantal per jaar": DECIMAL, "Proxy (€ per eenheid)": EURO, "Deadweight": SHARE,
    "Displacement": SHARE, "Attributie": SHARE, "Drop-off per jaar": SHARE,
    "Uren per eenheid": DECIMAL, "Aantal gemeten (ex post)": DECIMAL,
}
EFFECT_INPUTS = {
    "Aantal per jaar", "Proxy (€ per eenheid)", "Startjaar (projectjaar)", "Looptijd (jaren)",
    "Deadweight", "Displacement", "Attributie", "Drop-off per jaar", "Uren per eenheid",
}
# Column letters of the effect inputs on the Invoer sheet.
_E = {name: get_column_letter(i) for i, name in enumerate(EFFECT_COLUMNS, start=1)}

BENEFIT_COLUMNS = [
    ("Effect-nr", None, 9),
    ("Uitkomst", None, 30),
    ("Partij-nr", None, 9),
    ("Sector-nr", None, 9),
    ("Effectjaar k", "0", 10),
    ("Projectjaar y", "0", 10),
    ("Netto eenheden jaar 1 = aantal × (1−dw) × (1−ds) × (1−at)", DECIMAL, 20),
    ("Drop-off-factor = (1−do)^(k−1)", FACTOR4, 14),
    ("Netto eenheden in dit jaar", DECIMAL, 14),
    ("Netto waarde (€) = eenheden × proxy", EURO, 16),
    ("Disconteringsfactor = 1/(1+r)^(y−1)", FACTOR4, 14),
    ("Contante waarde (€)", EURO, 16),
    ("Uren – route uren per eenheid", HOURS, 14),
    ("Fte – route loonkosten = waarde × aandeel ÷ loonkosten", FACTOR4, 18),
    ("Uren (gebruikt)", HOURS, 12),
    ("Fte (gebruikt) = uren ÷ productieve uren", FACTOR4, 14),
]


def _write_benefits(ws: Worksheet, project: Project, layout: dict) -> int:
    """One row per effect-year; returns the last row used."""
    _header(ws, 1, [name for name, _, _ in BENEFIT_COLUMNS])
    _widths(ws, [width for _, _, width in BENEFIT_COLUMNS])
    ws.row_dimensions[1].height = 60
    table = layout["sector_table"]
    row = 1
    for i, (effect, src) in enumerate(zip(project.effects, layout["effect_rows"]), start=1):
        ref = {name: f"Invoer!${col}${src}" for name, col in _E.items()}
        for k in range(1, effect.duration + 1):
            row += 1
            fmts = [fmt for _, fmt, _ in BENEFIT_COLUMNS]
            write_number(ws, row, 1, i)
            write_text(ws, row, 2, effect.outcome)
            write_formula(ws, row, 3, f"={ref['Partij-nr']}")
            write_formula(ws, row, 4, f"={ref['Sector-nr (0 = geen)']}")
            write_number(ws, row, 5, k, fmts[4])
            write_formula(ws, row, 6, f"={ref['Startjaar (projectjaar)']}+E{row}-1", fmts[5])
            write_formula(
                ws, row, 7,
                f"={ref['Aantal per jaar']}*(1-{ref['Deadweight']})*(1-{ref['Displacement']})"
                f"*(1-{ref['Attributie']})",
                fmts[6],
            )
            write_formula(ws, row, 8, f"=(1-{ref['Drop-off per jaar']})^(E{row}-1)", fmts[7])
            write_formula(ws, row, 9, f"=G{row}*H{row}", fmts[8])
            write_formula(ws, row, 10, f"=I{row}*{ref['Proxy (€ per eenheid)']}", fmts[9])
            write_formula(ws, row, 11, f"=1/(1+{RATE_NAME})^(F{row}-1)", fmts[10])
            write_formula(ws, row, 12, f"=J{row}*K{row}", fmts[11])
            hours = ref["Uren per eenheid"]
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


def _write_costs(ws: Worksheet, project: Project, layout: dict) -> int:
    names = ["Nr", "Projectjaar y", "Financier", "Partij-nr", "Bedrag (€)",
             "Disconteringsfactor = 1/(1+r)^(y−1)", "Contante waarde (€)"]
    _header(ws, 1, names)
    _widths(ws, [6, 12, 22, 10, 16, 16, 16])
    ws.row_dimensions[1].height = 45
    row = 1
    for i, (cost, src) in enumerate(zip(project.costs, layout["cost_rows"]), start=1):
        row += 1
        write_number(ws, row, 1, i)
        write_formula(ws, row, 2, f"=Invoer!$B${src}", "0")
        write_text(ws, row, 3, cost.financier)
        write_formula(ws, row, 4, f"=Invoer!$D${src}")
        write_formula(ws, row, 5, f"=Invoer!$E${src}", EURO)
        write_formula(ws, row, 6, f"=1/(1+{RATE_NAME})^(B{row}-1)", FACTOR4)
        write_formula(ws, row, 7, f"=E{row}*F{row}", EURO)
    ws.freeze_panes = "A2"
    return row


def horizon(project: Project) -> int:
    """The last project year with a cost or benefit (effects may run past the project)."""
    ends = [e.start_year + e.duration - 1 for e in project.effects]
    return max([project.years, *ends])


def _write_results(
    ws: Worksheet, project: Project, layout: dict, last_benefit: int, last_cost: int,
    reference: Reference,
) -> None:
    b = lambda col: _span(col, 2, last_benefit, "Baten")  # noqa: E731
    c = lambda col: _span(col, 2, last_cost, "Kosten")  # noqa: E731
    write_text(ws, 1, 1, f"Resultaten – {project.name}").font = TITLE
    ws.cell(row=2, column=1, value=(
        "Alle cellen hieronder zijn formules over de bladen Baten en Kosten; "
        "contante waarde aan het begin van elk jaar (jaar 1 niet verdisconteerd)."
    ))
    ws.cell(row=3, column=1, value=f"Gemaakt op {date.today():%d-%m-%Y} met Impactkaart.")

    years = horizon(project)
    year_first = 20  # the per-year table; its 'terugverdiend' column feeds the payback year
    year_last = year_first + years - 1
    headline = [
        ("Contante waarde baten (€)", f"=SUM({b('L')})", EURO),
        ("Contante waarde kosten (€)", f"=SUM({c('G')})", EURO),
        ("Netto contante waarde (€)", "=B5-B6", EURO),
        ("Rendementsfactor (baten ÷ kosten)", f'=IF(B6>={MIN_COST},B5/B6,"–")', FACTOR),
        ("Terugverdiend in projectjaar",
         f'=IFERROR(MATCH(TRUE(),$I${year_first}:$I${year_last},0),"niet binnen de looptijd")', "0"),
        ("Bespaarde arbeidstijd (fte, alle jaren)", f"=SUM({b('P')})", DECIMAL),
        ("Bespaarde uren (alle jaren)", f"=SUM({b('O')})", HOURS),
        ("SEOR-benchmark: gemiddeld rendement sociaal werk", reference.seor_benchmark, FACTOR),
    ]
    for row, (label, value, fmt) in enumerate(headline, start=5):
        ws.cell(row=row, column=1, value=label).font = BOLD
        if isinstance(value, str):
            write_formula(ws, row, 2, value, fmt)
        else:
            write_number(ws, row, 2, value, fmt)
    ws.cell(row=8, column=2).font = Font(bold=True, size=13)

    # Per year (also the basis of the payback year).
    ws.cell(row=year_first - 2, column=1, value="Per projectjaar").font = BOLD
    _header(ws, year_first - 1, [
        "Projectjaar", "Kosten nominaal (€)", "Baten nominaal (€)", "Kosten contante waarde (€)",
        "Baten contante waarde (€)", "Cumulatief kosten CW (€)", "Cumulatief baten CW (€)",
        "Netto CW (€)", "Terugverdiend?",
    ])
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
        write_formula(ws, row, 9, f"=AND(F{row}>={MIN_COST},G{row}>=F{row})")

    # Per party and per sector, side by side above the year table would crowd it: below.
    row = year_last + 3
    ws.cell(row=row, column=1, value="Wie investeert, wie profiteert (contante waarde)").font = BOLD
    row += 1
    _header(ws, row, ["Partij-nr", "Partij", "Naam", "Betaalt (kosten CW, €)",
                      "Ontvangt (baten CW, €)", "Rendement voor deze partij"])
    layout["party_result_rows"] = {}
    for party, number in layout["party_no"].items():
        row += 1
        write_number(ws, row, 1, number)
        write_text(ws, row, 2, party)
        write_text(ws, row, 3, party_label(party))
        write_formula(ws, row, 4, f"=SUMIF({c('D')},A{row},{c('G')})", EURO)
        write_formula(ws, row, 5, f"=SUMIF({b('C')},A{row},{b('L')})", EURO)
        write_formula(ws, row, 6, f'=IF(D{row}>={MIN_COST},E{row}/D{row},"")', FACTOR)
        layout["party_result_rows"][party] = row

    row += 2
    ws.cell(row=row, column=1, value="Arbeidsmarkteffecten per sector (alle jaren)").font = BOLD
    row += 1
    _header(ws, row, ["Sector-nr", "Sector", "Naam", "Bespaarde uren", "Bespaarde fte"])
    layout["sector_result_rows"] = {}
    for sector, number in layout["sector_no"].items():
        row += 1
        write_number(ws, row, 1, number)
        write_text(ws, row, 2, sector)
        write_text(ws, row, 3, sector_label(sector, reference=reference))
        write_formula(ws, row, 4, f"=SUMIF({b('D')},A{row},{b('O')})", HOURS)
        write_formula(ws, row, 5, f"=SUMIF({b('D')},A{row},{b('P')})", FACTOR4)
        layout["sector_result_rows"][sector] = row
    layout["year_rows"] = {y: year_first + y - 1 for y in range(1, years + 1)}
    _widths(ws, [44, 26, 24, 22, 22, 22, 22, 16, 14])


def _write_sources(ws: Worksheet, project: Project, reference: Reference) -> None:
    ws.cell(row=1, column=1, value="Bronnen van elk gebruikt kengetal").font = TITLE
    ws.cell(row=2, column=1, value=(
        "Illustratief = aanname zonder bron, alleen voor demonstratie; vervang door een eigen cijfer."
    ))
    _header(ws, 4, ["Kengetal", "Waarde", "Bron", "Uitgever", "Jaar", "Prijspeil", "Link",
                    "Illustratief"])
    for row, figure in enumerate(sourced_figures(project, reference), start=5):
        for column, text in enumerate(
            [figure.what, figure.value, figure.source, figure.publisher, figure.year,
             figure.price_year, figure.url, "ja" if figure.illustratief else "nee"],
            start=1,
        ):
            cell = write_text(ws, row, column, text)
            if figure.illustratief or figure.source == OWN_ASSUMPTION:
                cell.fill = ILLUSTRATIVE_FILL
    _widths(ws, [48, 14, 60, 40, 8, 10, 50, 11])


NOTES = [
    "Hoe dit werkboek rekent",
    "",
    "Netto waarde van een effect in effectjaar k (k = 1 … looptijd), projectjaar y = startjaar + k − 1:",
    "    aantal × proxy × (1 − deadweight) × (1 − displacement) × (1 − attributie) × (1 − drop-off)^(k − 1)",
    "Disconteren: elk bedrag in projectjaar y × 1 / (1 + r)^(y − 1); jaar 1 wordt niet verdisconteerd "
    "(contante waarde aan het begin van het project).",
    "Kosten in projectjaar y worden met dezelfde factor verdisconteerd.",
    "Rendementsfactor = contante waarde baten ÷ contante waarde kosten "
    "(niet te berekenen als de kosten onder een halve cent liggen).",
    "Netto contante waarde = contante waarde baten − contante waarde kosten.",
    "Terugverdiend in het eerste projectjaar waarin de cumulatieve contante baten de cumulatieve "
    "contante kosten halen.",
    "",
    "Arbeidsmarkteffecten (niet verdisconteerd), alleen voor effecten met een sector:",
    "    met uren per eenheid: uren = netto eenheden × uren per eenheid; fte = uren ÷ productieve uren per fte",
    "    zonder: fte = netto waarde × personeelsaandeel ÷ loonkosten per fte; "
    "uren = fte × productieve uren per fte",
    "",
    "Partijen en sectoren worden op nummer opgeteld (SUMIF op Partij-nr / Sector-nr), zodat een "
    "naam nooit als zoekcriterium wordt gelezen.",
    "Gele cellen op het blad Invoer zijn invoer: wijzig ze en het hele werkboek rekent mee.",
    "De cijfers komen uit dezelfde formules als de Impactkaart-app; de app blijft de bron van waarheid.",
]


def _write_notes(ws: Worksheet) -> None:
    for row, line in enumerate(NOTES, start=1):
        ws.cell(row=row, column=1, value=line)
    ws["A1"].font = TITLE
    ws.column_dimensions["A"].width = 120
