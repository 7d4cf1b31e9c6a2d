"""Case data for a spreadsheet, without identifying fields (CSV and xlsx).

What goes out: the case code, the target group, the catalogue's labels, every
measurement, the changes with the work session's share and consensus, their
value, and the investment per financier. What stays in: the free text (the
change in the resident's own words and the work session's reasons), because a
name in a sentence cannot be recognised by a pattern, and the database ids.
Every text cell goes through `impactkaart.io.exports.safe_cells` (no formulas).

The free text is kept out by construction: `FREE_TEXT` names those fields, and
each frame is built from the changes with these columns dropped first and from
a case's fields without them, so no column can carry them by mistake
(tests/cases/test_cases.py).

Headers, sheet names and words in the cells follow ``lang``. A Dutch CSV has
``;`` between fields and a decimal comma; an English one ``,`` and a point. Both
are UTF-8 with a BOM so Excel reads the accents.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import pandas as pd
from openpyxl import Workbook

from impactkaart.cases.model import ITEMS, Case, CaseResults
from impactkaart.io.exports.safe_cells import csv_safe_frame, write_frame
from impactkaart.text.catalogue import t
from impactkaart.text.names import party_label

# Fields of a case and of the changes that are never exported (see the module docstring).
FREE_TEXT = ("own_words", "reason")
CSV_FORMAT = {"nl": {"sep": ";", "decimal": ","}, "en": {"sep": ",", "decimal": "."}}


def _h(key: str, lang: str) -> str:
    return t(f"cases.export.{key}", lang)


def exportable_changes(results: CaseResults) -> pd.DataFrame:
    """The changes without their free-text columns: the only source of the export tables."""
    return results.changes.drop(columns=list(FREE_TEXT), errors="ignore")


def measurements_frame(cases: Sequence[Case], lang: str = "nl") -> pd.DataFrame:
    columns = [_h(k, lang) for k in ("case", "target_group", "measurement", "measurement_name",
                                     "item", "kind", "unit", "value")]
    rows = []
    for case in cases:
        for (number, key), value in sorted(case.values.items()):
            item = ITEMS.get(key)
            rows.append(dict(zip(columns, (
                case.code, case.target_group, number, case.label_of(number),
                item.name(lang) if item else key,
                t(f"cases.kind.{item.kind}", lang) if item else "",
                item.unit_text(lang) if item else "", value))))
    return pd.DataFrame(rows, columns=columns)


def changes_frame(results: CaseResults, lang: str = "nl") -> pd.DataFrame:
    """One row per case and item: start, end, change, share, consensus and value (no reasons)."""
    f = exportable_changes(results)
    yes, no = _h("yes", lang), _h("no", lang)
    return pd.DataFrame({
        _h("case", lang): f["code"], _h("target_group", lang): f["target_group"],
        _h("item", lang): [ITEMS[k].name(lang) for k in f["item"]],
        _h("kind", lang): [t(f"cases.kind.{k}", lang) for k in f["kind"]],
        _h("unit", lang): [ITEMS[k].unit_text(lang) for k in f["item"]],
        _h("start", lang): f["start"], _h("end", lang): f["end"],
        _h("change", lang): f["change"], _h("size", lang): f["size"],
        _h("status", lang): [t(f"cases.status.{s}", lang) for s in f["status"]],
        _h("share", lang): f["share"],
        _h("consensus", lang): [yes if c else no for c in f["consensus"]],
        _h("payer", lang): [party_label(p, lang) if isinstance(p, str) else None
                            for p in f["payer"]],
        _h("proxy", lang): f["proxy_label"], _h("proxy_value", lang): f["proxy"],
        _h("proxy_source", lang): f["proxy_source"],
        _h("gross", lang): f["value_gross"], _h("net", lang): f["value"],
    })


def investments_frame(cases: Sequence[Case], lang: str = "nl") -> pd.DataFrame:
    columns = [_h("case", lang), _h("financier", lang), _h("investment", lang)]
    rows = [dict(zip(columns, (c.code, party_label(financier, lang), amount)))
            for c in cases for financier, amount in c.investments.items()]
    return pd.DataFrame(rows, columns=columns)


def cases_csv(results: CaseResults, lang: str = "nl") -> bytes:
    """The changes table as CSV (Dutch or English conventions, see the module docstring)."""
    frame = csv_safe_frame(changes_frame(results, lang))
    return frame.to_csv(index=False, **CSV_FORMAT[lang]).encode("utf-8-sig")


def cases_xlsx(cases: Sequence[Case], results: CaseResults, lang: str = "nl") -> bytes:
    """Three sheets: Veranderingen, Metingen, Investering (Changes, Measurements, Investment)."""
    book = Workbook()
    sheets = ((_h("sheet_changes", lang), changes_frame(results, lang)),
              (_h("sheet_measurements", lang), measurements_frame(cases, lang)),
              (_h("sheet_investments", lang), investments_frame(cases, lang)))
    for i, (title, frame) in enumerate(sheets):
        sheet = book.active if i == 0 else book.create_sheet()
        sheet.title = title
        write_frame(sheet, frame)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
