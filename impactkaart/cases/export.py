"""Case data for a spreadsheet, without identifying fields (CSV and xlsx).

What goes out: the case code, the target group, the catalogue's labels, every
measurement, the changes with the work session's share and consensus, their
value, and the investment per financier. What stays in: the free text (the
change in the resident's own words and the work session's reasons), because a
name in a sentence cannot be recognised by a pattern, and the database ids.
Every text cell goes through `impactkaart.io.exports.safe_cells` (no formulas).

CSV is Dutch: ``;`` between fields, decimal comma, UTF-8 with a BOM so Excel
reads the accents.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import pandas as pd
from openpyxl import Workbook

from impactkaart.cases.model import ITEMS, Case, CaseResults
from impactkaart.io.exports.safe_cells import csv_safe_frame, write_frame

FREE_TEXT = ("own_words", "reason")  # never exported (see the module docstring)


def measurements_frame(cases: Sequence[Case]) -> pd.DataFrame:
    rows = []
    for case in cases:
        for (number, key), value in sorted(case.values.items()):
            item = ITEMS.get(key)
            rows.append({
                "casus": case.code, "doelgroep": case.target_group, "meting": number,
                "naam meting": case.label_of(number), "onderdeel": item.label if item else key,
                "soort": item.kind if item else "", "eenheid": item.unit if item else "",
                "waarde": value,
            })
    return pd.DataFrame(rows, columns=["casus", "doelgroep", "meting", "naam meting", "onderdeel",
                                       "soort", "eenheid", "waarde"])


def changes_frame(results: CaseResults) -> pd.DataFrame:
    """One row per case and item: start, end, change, share, consensus and value (no reasons)."""
    f = results.changes
    return pd.DataFrame({
        "casus": f["code"], "doelgroep": f["target_group"], "onderdeel": f["label"],
        "soort": f["kind"], "eenheid": f["unit"], "start": f["start"], "eind": f["end"],
        "verandering (start − eind)": f["change"], "omvang risico": f["size"],
        "status": f["status"], "aandeel door de activiteiten": f["share"],
        "consensus": f["consensus"].map({True: "ja", False: "nee"}),
        "betaler": f["payer"], "proxy": f["proxy_label"], "proxy (€ per eenheid)": f["proxy"],
        "bron proxy": f["proxy_source"],
        "waarde vóór toerekening (€)": f["value_gross"], "waarde na toerekening (€)": f["value"],
    })


def investments_frame(cases: Sequence[Case]) -> pd.DataFrame:
    rows = [{"casus": c.code, "financier": financier, "investering (€)": amount}
            for c in cases for financier, amount in c.investments.items()]
    return pd.DataFrame(rows, columns=["casus", "financier", "investering (€)"])


def cases_csv(results: CaseResults) -> bytes:
    """The changes table as Dutch CSV."""
    frame = csv_safe_frame(changes_frame(results))
    return frame.to_csv(sep=";", decimal=",", index=False).encode("utf-8-sig")


def cases_xlsx(cases: Sequence[Case], results: CaseResults) -> bytes:
    """Three sheets: Veranderingen, Metingen, Investering."""
    book = Workbook()
    sheets = (("Veranderingen", changes_frame(results)), ("Metingen", measurements_frame(cases)),
              ("Investering", investments_frame(cases)))
    for i, (title, frame) in enumerate(sheets):
        sheet = book.active if i == 0 else book.create_sheet()
        sheet.title = title
        write_frame(sheet, frame)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
