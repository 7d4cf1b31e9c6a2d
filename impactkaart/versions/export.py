"""The comments of a version in its exports: a sheet in the Excel workbook, a page in the
one-pager's appendix (PDF) and a section of the HTML one-pager.

Each takes the rows of `impactkaart.versions.comments.export_rows` (thread, about,
author, time, status, text: plain strings, so the export caches can key on them); no
rows, nothing is added. Comment text is the users': the workbook writes it as text (never
a formula), the HTML escapes it.
"""

from __future__ import annotations

from html import escape

from impactkaart.io.exports.safe_cells import set_cell
from impactkaart.text.catalogue import t

Rows = tuple[tuple[str, str, str, str, str, str], ...]
HEADERS = ("thread", "about", "author", "time", "status", "text")


def comments_sheet(workbook, rows: Rows, lang: str = "nl") -> None:
    """A sheet 'Opmerkingen' / 'Comments' with one row per comment."""
    if not rows:
        return
    sheet = workbook.create_sheet(t("versions.export.sheet", lang))
    for column, name in enumerate(HEADERS, start=1):
        set_cell(sheet.cell(row=1, column=column), t(f"versions.export.{name}", lang))
    for number, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            set_cell(sheet.cell(row=number, column=column), str(value))  # text, never a formula
    for letter, width in zip("ABCDEF", (8, 40, 20, 17, 12, 80)):
        sheet.column_dimensions[letter].width = width


def comments_appendix(pdf, rows: Rows, lang: str = "nl") -> None:
    """A page of the one-pager's appendix (the PDF's `_Page`): every comment, by thread."""
    if not rows:
        return
    pdf.add_page()
    pdf.para(t("versions.export.title", lang), 12, bold=True, height=6, gap=1)
    for thread, about, author, time, status, text in rows:
        head = f"{thread}. {about} – {author}, {time} ({status})"
        pdf.para(head, 8.5, bold=True, height=3.9, gap=0.2)
        pdf.para(text, 8.5, height=3.9, gap=1.0)


def comments_html(rows: Rows, lang: str = "nl") -> str:
    """The comments as a section of the HTML one-pager ('' without comments)."""
    if not rows:
        return ""
    items = "".join(
        f"<li><b>{escape(thread)}. {escape(about)}</b> – {escape(author)}, {escape(time)} "
        f"({escape(status)})<br>{escape(text)}</li>"
        for thread, about, author, time, status, text in rows)
    return (f'<section class="small comments"><h2>{escape(t("versions.export.title", lang))}</h2>'
            f"<ul>{items}</ul></section>")
