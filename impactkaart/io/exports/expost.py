"""The Ex ante / ex post page's export: an Excel workbook of expected against measured,
per effect and per cost line, with the totals (issue 16 item 12; issue 15 item 11).

Sheets (names in the chosen language): **Totalen** (benefits, costs, NPV and
rendementsfactor, ex ante and ex post, with what the measured side rests on),
**Effecten** (per effect: quantity, each share and the present value of its
benefits, ex ante beside ex post; an empty ex post cell is a share that was not
re-estimated, so its ex ante value stands, or a quantity not measured, which
counts as 0) and **Kosten** (per cost line: budget, realised, and which the measured
side uses). Values, not formulas: every figure comes from `impactkaart.core.expost`
(the engine); the auditable rekenmodel is `impactkaart.io.exports.excel`.
User text is written through the shared safe-cell rule.
"""

from __future__ import annotations

import io

import pandas as pd
from openpyxl import Workbook

from impactkaart.core.expost import Comparison, compare
from impactkaart.core.model import EX_POST_SHARES, Project
from impactkaart.core.reference import Reference
from impactkaart.io.exports.excel import (
    BOLD,
    EURO,
    FACTOR,
    SHARE,
    TITLE,
    _header,
    _widths,
    write_number,
    write_text,
)
from impactkaart.text.catalogue import t
from impactkaart.text.names import party_label


def expost_workbook(project: Project, reference: Reference | None = None,
                    lang: str = "nl") -> Workbook:
    comparison = compare(project, reference)
    wb = Workbook()
    totals = wb.active
    totals.title = t("inputs.xl_sheet_totals", lang)
    _write_totals(totals, project, comparison, lang)
    _write_effects(wb.create_sheet(t("inputs.xl_sheet_effects", lang)), project, comparison, lang)
    _write_costs(wb.create_sheet(t("inputs.xl_sheet_costs", lang)), comparison, lang)
    return wb


def expost_excel_bytes(project: Project, reference: Reference | None = None,
                       lang: str = "nl") -> bytes:
    buffer = io.BytesIO()
    expost_workbook(project, reference, lang).save(buffer)
    return buffer.getvalue()


def expost_file_name(project: Project, lang: str = "nl") -> str:
    stem = "".join(c if c.isalnum() else "_" for c in project.name).strip("_") or "project"
    return t("inputs.xl_file_name", lang, name=stem[:60])


def _number(value) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def _write_totals(ws, project: Project, comparison: Comparison, lang: str) -> None:
    write_text(ws, 1, 1, t("inputs.xl_title", lang, name=project.name)).font = TITLE
    _header(ws, 3, [t("inputs.xl_measure", lang), t("inputs.xl_ex_ante", lang),
                    t("inputs.xl_ex_post", lang)])
    expected, measured = comparison.expected, comparison.measured
    rows = [("pv_benefits", EURO), ("pv_costs", EURO), ("pv_in_kind", EURO), ("npv", EURO),
            ("rendementsfactor", FACTOR)]
    for row, (attr, fmt) in enumerate(rows, start=4):
        write_text(ws, row, 1, t(f"inputs.xl_total_{attr}", lang))
        write_number(ws, row, 2, getattr(expected, attr), fmt)
        write_number(ws, row, 3, getattr(measured, attr), fmt)
    row = 4 + len(rows) + 1
    notes = [
        t("inputs.xl_note_unmeasured", lang, count=comparison.unmeasured,
          total=len(project.effects)),
        t("inputs.xl_note_budget", lang, count=comparison.costs_from_budget,
          total=len(project.costs)),
        t("inputs.xl_note_shares", lang),
        t("inputs.xl_note_in_kind", lang) if project.count_in_kind
        else t("inputs.xl_note_in_kind_off", lang),
    ]
    for offset, note in enumerate(notes):
        write_text(ws, row + offset, 1, note)
    _widths(ws, [46, 18, 18])


SHARE_NAMES = tuple(EX_POST_SHARES)


def _write_effects(ws, project: Project, comparison: Comparison, lang: str) -> None:
    headers = [t("inputs.xl_effect", lang), t("inputs.xl_for_whom", lang),
               t("inputs.xl_quantity_ante", lang), t("inputs.xl_quantity_post", lang)]
    for name in SHARE_NAMES:
        headers += [t(f"inputs.xl_{name}_ante", lang), t(f"inputs.xl_{name}_post", lang)]
    headers += [t("inputs.xl_pv_ante", lang), t("inputs.xl_pv_post", lang),
                t("inputs.xl_difference", lang)]
    _header(ws, 1, headers)
    frame = comparison.effects
    for row, (effect, (_, line)) in enumerate(zip(project.effects, frame.iterrows()), start=2):
        write_text(ws, row, 1, effect.outcome)
        write_text(ws, row, 2, party_label(effect.stakeholder, lang))
        write_number(ws, row, 3, effect.quantity, "#,##0.0")
        write_number(ws, row, 4, _number(line["quantity_ex_post"]), "#,##0.0")
        column = 5
        for name in SHARE_NAMES:
            write_number(ws, row, column, float(line[name]), SHARE)
            write_number(ws, row, column + 1, _number(line[EX_POST_SHARES[name]]), SHARE)
            column += 2
        for key in ("pv_expected", "pv_measured", "difference"):
            write_number(ws, row, column, float(line[key]), EURO)
            column += 1
    last = len(project.effects) + 2
    write_text(ws, last, 1, t("inputs.xl_total", lang)).font = BOLD
    for offset, key in enumerate(("pv_expected", "pv_measured", "difference")):
        write_number(ws, last, 13 + offset, float(frame[key].sum()), EURO).font = BOLD
    _widths(ws, [40, 20, 12, 12, *([12] * 8), 16, 16, 16])


def _write_costs(ws, comparison: Comparison, lang: str) -> None:
    _header(ws, 1, [t("inputs.xl_year", lang), t("inputs.xl_financier", lang),
                    t("inputs.xl_budget", lang), t("inputs.xl_realised", lang),
                    t("inputs.xl_used", lang), t("inputs.xl_used_from", lang)])
    lines = comparison.costs
    for row, (_, line) in enumerate(lines.iterrows(), start=2):
        write_number(ws, row, 1, int(line["year"]))
        write_text(ws, row, 2, party_label(line["financier"], lang))
        write_number(ws, row, 3, float(line["budget"]), EURO)
        write_number(ws, row, 4, _number(line["realised"]), EURO)
        write_number(ws, row, 5, float(line["used"]), EURO)
        realised = not pd.isna(line["realised"])
        write_text(ws, row, 6, t("inputs.xl_from_realised" if realised else "inputs.xl_from_budget",
                                 lang))
    last = len(lines) + 2
    write_text(ws, last, 1, t("inputs.xl_total_nominal", lang)).font = BOLD
    for column, key in ((3, "budget"), (4, "realised"), (5, "used")):
        write_number(ws, last, column, float(lines[key].sum()), EURO).font = BOLD
    _widths(ws, [8, 22, 16, 16, 16, 28])
