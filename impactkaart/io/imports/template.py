"""The import template: the Dutch headers, an explanation row, no data.

xlsx: a sheet *Effecten*, a sheet *Kosten* and a sheet *Uitleg*. CSV: one file
per table, separated by ``;``, in UTF-8 with a BOM so that Dutch Excel opens
it with the accents intact. The explanation row starts with "Uitleg" and is
skipped on import, so a filled-in template imports as it is.
"""

from __future__ import annotations

import csv
import io

from impactkaart.io.exports.safe_cells import set_cell
from impactkaart.io.imports.columns import COSTS, EFFECTS, KIND_LABELS, TEMPLATE_FIELDS

GUIDE = [
    "Zo vult u het sjabloon in",
    "",
    "Blad Effecten: één rij per effect (wat verandert, voor wie, hoeveel, wat is het waard).",
    "Blad Kosten: één rij per financier per jaar.",
    "De tweede rij van elk blad (die met 'Uitleg') wordt bij het importeren overgeslagen.",
    "Getallen mogen met een komma of een punt als decimaalteken: 1.234,56 of 1234.56; "
    "een euroteken mag erbij.",
    "Aandelen (nul-effect, toerekening, verplaatsing, afname) als 0,25 of als 25%.",
    "Jaren als projectjaar (1 = eerste jaar) of als jaartal (2025); jaartallen worden "
    "omgerekend vanaf het eerste jaartal of het startjaar van het project.",
    "Formules mogen: de uitkomst die Excel heeft opgeslagen wordt ingelezen, er wordt niets "
    "berekend. Voeg geen cellen samen.",
    "Bij het importeren vervangt het bestand de effecten (en/of kosten) van het gekozen "
    "project; u ziet eerst een voorbeeld met alle fouten per rij, en er wordt pas iets "
    "opgeslagen als alles klopt.",
]
CSV_NAMES = {EFFECTS: "impactkaart-sjabloon-effecten.csv", COSTS: "impactkaart-sjabloon-kosten.csv"}
XLSX_NAME = "impactkaart-sjabloon.xlsx"


def template_csv(kind: str) -> bytes:
    """The CSV template for one table kind (``effects`` or ``costs``)."""
    fields = TEMPLATE_FIELDS[kind]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([f.header for f in fields])
    writer.writerow([f.explanation for f in fields])
    return buffer.getvalue().encode("utf-8-sig")


def template_xlsx() -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.remove(book.active)
    for kind in (EFFECTS, COSTS):
        sheet = book.create_sheet(KIND_LABELS[kind])
        for col, spec in enumerate(TEMPLATE_FIELDS[kind], start=1):
            header = sheet.cell(row=1, column=col)
            set_cell(header, spec.header)
            header.font = Font(bold=True)
            note = sheet.cell(row=2, column=col)
            set_cell(note, spec.explanation)
            note.font = Font(italic=True, color="666666")
            note.alignment = Alignment(wrap_text=True, vertical="top")
            letter = header.column_letter
            sheet.column_dimensions[letter].width = max(14, min(40, len(spec.header) + 4))
        sheet.freeze_panes = "A3"
    guide = book.create_sheet("Uitleg")
    for row, line in enumerate(GUIDE, start=1):
        set_cell(guide.cell(row=row, column=1), line)
    guide["A1"].font = Font(bold=True)
    guide.column_dimensions["A"].width = 120
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
