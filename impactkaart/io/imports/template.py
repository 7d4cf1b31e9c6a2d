"""The import template in Dutch or English: the headers, an explanation row, no data.

xlsx: a sheet *Effecten*, a sheet *Kosten* and a sheet *Uitleg* (in English *Effects*,
*Costs*, *Explanation*). CSV: one file per table, separated by ``;``, in UTF-8 with a
BOM so that Excel opens it with the accents intact. The explanation row starts with
"Uitleg" (or "Explanation") and is skipped on import, so a filled-in template imports as
it is, in either language. The headers are the editor's (authoring/editing.py).
"""

from __future__ import annotations

import csv
import io

from impactkaart.authoring.editing import headers
from impactkaart.io.exports.safe_cells import set_cell
from impactkaart.io.imports.columns import COSTS, EFFECTS, TEMPLATE_FIELDS
from impactkaart.text.catalogue import t

CSV_NAMES = {EFFECTS: t("import.template.file.effects"), COSTS: t("import.template.file.costs")}
XLSX_NAME = t("import.template.file.xlsx")


def csv_name(kind: str, lang: str = "nl") -> str:
    return t(f"import.template.file.{kind}", lang)


def xlsx_name(lang: str = "nl") -> str:
    return t("import.template.file.xlsx", lang)


def guide(lang: str = "nl") -> list[str]:
    """The lines of the explanation sheet."""
    return t("import.template.guide", lang).split("\n")


def _row(kind: str, lang: str) -> tuple[list[str], list[str]]:
    names = headers(kind, lang)
    fields = TEMPLATE_FIELDS[kind]
    return ([names[f.name] for f in fields],
            [t(f"import.template.{kind}.{f.name}", lang) for f in fields])


def template_csv(kind: str, lang: str = "nl") -> bytes:
    """The CSV template for one table kind (``effects`` or ``costs``)."""
    head, explanation = _row(kind, lang)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(head)
    writer.writerow(explanation)
    return buffer.getvalue().encode("utf-8-sig")


def template_xlsx(lang: str = "nl") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.remove(book.active)
    for kind in (EFFECTS, COSTS):
        sheet = book.create_sheet(t(f"import.template.sheet.{kind}", lang))
        for col, (name, text) in enumerate(zip(*_row(kind, lang)), start=1):
            header = sheet.cell(row=1, column=col)
            set_cell(header, name)
            header.font = Font(bold=True)
            note = sheet.cell(row=2, column=col)
            set_cell(note, text)
            note.font = Font(italic=True, color="666666")
            note.alignment = Alignment(wrap_text=True, vertical="top")
            letter = header.column_letter
            sheet.column_dimensions[letter].width = max(14, min(40, len(name) + 4))
        sheet.freeze_panes = "A3"
    sheet = book.create_sheet(t("import.template.sheet.guide", lang))
    for row, line in enumerate(guide(lang), start=1):
        set_cell(sheet.cell(row=row, column=1), line)
    sheet["A1"].font = Font(bold=True)
    sheet.column_dimensions["A"].width = 120
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
