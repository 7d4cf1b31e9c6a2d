"""Bytes of an uploaded CSV or xlsx file to plain rows of cells, within firm limits.

No file, however broken or hostile, gets further than a `TableImportError`
with a Dutch reason:

- the content decides the format, not the file name (an .xlsx that is not a
  zip archive, an old .xls, a PDF renamed to .csv are each named as such);
- CSV: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text")
  or Windows-1252; the separator (``;``, ``,`` or tab) is sniffed;
- xlsx: the zip directory is checked *before* openpyxl opens it (too many
  parts, too large unpacked, or packed suspiciously tightly: a zip bomb);
  openpyxl then streams the sheets (``read_only``) and reads formulas as the
  value Excel last saved (``data_only``); nothing is ever calculated, macros
  and links to other workbooks are ignored, XML entities are defused
  (defusedxml). A formula without a saved value and merged cells in the table
  are reported, not guessed;
- at most `MAX_ROWS` rows, `MAX_COLUMNS` columns and `MAX_CELL_CHARS`
  characters per cell.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from impactkaart.io.imports.cells import COMMA, POINT
from impactkaart.io.imports.problems import TableImportError, Thousands, fail

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5_000  # data rows per table; an impact map has tens, a register export hundreds
MAX_COLUMNS = 100
MAX_CELL_CHARS = 1_000
MAX_SHEETS = 20
# xlsx as a zip archive: checked on its directory before anything is unpacked.
MAX_ZIP_ENTRIES = 1_000
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_PACK_RATIO = 100  # real sheets pack 5-30×; bombs pack 1000× and more
RATIO_FLOOR_BYTES = 1024 * 1024  # small parts may pack tightly without harm
_EXTRA_ROWS = 20  # title, header and explanation rows above the data
_EMPTY_RUN_LIMIT = 2_000  # this many empty rows in a row: the data has ended

EXCEL_ERRORS = ("#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!",
                "#CALC!", "#GETTING_DATA")


@dataclass(frozen=True)
class FormulaWithoutValue:
    """A formula cell the file holds no saved result for (never evaluated here)."""

    formula: str


@dataclass
class RawTable:
    """The non-empty rows of one sheet (or of the CSV file), numbered as the user sees them."""

    sheet: str | None
    rows: list[tuple[int, list[Any]]]
    default_decimal: str = COMMA
    long_cells: dict[tuple[int, int], int] = field(default_factory=dict)  # (row, column) -> length
    merged: list[tuple[str, int, int]] = field(default_factory=list)  # (range, first row, last row)


def read_tables(raw: bytes, filename: str = "") -> list[RawTable]:
    """Every sheet (xlsx) or the one table (CSV) in the file; raises `TableImportError`."""
    if len(raw) > MAX_FILE_BYTES:
        raise fail("too_big", mb=MAX_FILE_BYTES // (1024 * 1024))
    if not raw.strip():
        raise fail("empty_file")
    name = filename.lower()
    if raw.startswith(b"PK\x03\x04") or raw.startswith(b"PK\x05\x06"):
        return _read_xlsx(raw)
    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise fail("old_excel")
    if name.endswith((".xlsx", ".xlsm")):
        raise fail("xlsx_not_zip")
    if raw.startswith(b"%PDF"):
        raise fail("pdf")
    return [_read_csv(raw)]


# --- CSV -------------------------------------------------------------------------------


def _decode(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise fail("bad_utf16") from exc
    if b"\x00" in raw[:8192]:
        raise fail("not_text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")  # Windows-1252: Dutch Excel's "CSV (gescheiden door lijstscheidingsteken)"
    except UnicodeDecodeError as exc:
        raise fail("unknown_encoding") from exc


def _sniff_separator(text: str) -> str:
    """The separator that splits most of the first lines into the same number (≥ 2) of
    columns: a title line, or an explanation row full of commas, does not mislead it."""
    lines = [line for line in text.splitlines()[:50] if line.strip()][:10]
    best, best_score = ";", (0, 0)
    for candidate in (";", ",", "\t"):
        try:
            widths = [len(r) for r in csv.reader(lines, delimiter=candidate)]
        except csv.Error:
            continue
        wide = [w for w in widths if w >= 2]
        if not wide:
            continue
        common = max(set(wide), key=lambda w: (wide.count(w), w))
        score = (wide.count(common), common)
        if score > best_score:
            best, best_score = candidate, score
    return best


_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # the line ends csv.reader sees (io's universal newlines)
_INNER_SPACE = re.compile(r"\s")  # str.isspace's characters (what str.strip takes off)
_INNER_SPACE_TAB = re.compile(r"[^\S\t]")  # the same but tab, when tab separates the cells


def _read_csv(raw: bytes, bulk: bool = True) -> RawTable:
    text = _decode(raw)
    if "\x00" in text:
        raise fail("null_characters")
    if not text.strip():
        raise fail("empty_file")
    separator = _sniff_separator(text)
    table = RawTable(sheet=None, rows=[], default_decimal=POINT if separator == "," else COMMA)
    if bulk and '"' not in text:
        # Without a quote character every line is one row and every separator splits a
        # cell: all lines at once give what csv.reader gives line by line (field limit
        # included), with the same limits and row numbers as `_add_row`.
        lines = _LINE_BREAK.split(text)
        if max(map(len, lines)) <= csv.field_size_limit():
            _add_lines(table, lines, separator)
            if not table.rows:
                raise fail("no_data")
            return table
    # strict: an unclosed quote is an error, not the rest of the file swallowed into one cell
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    try:
        for cells in reader:
            _add_row(table, reader.line_num, [c if c.strip() else None for c in cells])
    except csv.Error as exc:
        raise fail("bad_csv", line=reader.line_num + 1) from exc
    if not table.rows:
        raise fail("no_data")
    return table


def _add_row(table: RawTable, number: int, cells: list[Any]) -> None:
    """Keep a non-empty row; enforce the row, column and cell limits."""
    if all(c is None for c in cells):
        return
    if len(table.rows) >= MAX_ROWS + _EXTRA_ROWS:
        raise fail("too_many_rows", max=Thousands(MAX_ROWS), sheet=table.sheet)
    while cells and cells[-1] is None:
        cells.pop()
    if len(cells) > MAX_COLUMNS:
        raise fail("too_many_columns", max=MAX_COLUMNS, row=number, sheet=table.sheet)
    for i, cell in enumerate(cells):
        if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
            table.long_cells[(number, i)] = len(cell)
            cells[i] = cell[:MAX_CELL_CHARS]
    table.rows.append((number, cells))


def _add_lines(table: RawTable, lines: list[str], separator: str) -> None:
    """`_add_row` for every line of a quote-free CSV text at once (line i is row i + 1):
    the first limit a row breaks, in the file's order, raises as `_add_row` would."""
    inner_space = _INNER_SPACE_TAB if separator == "\t" else _INNER_SPACE
    if inner_space.search("".join(lines)):
        cells_of = [[c if c.strip() else None for c in line.split(separator)] for line in lines]
    else:  # no cell holds white space, so a blank cell is an empty one
        cells_of = [[c or None for c in line.split(separator)] for line in lines]
    kept = [i for i, cells in enumerate(cells_of) if any(cells)]  # a kept cell is a non-blank text
    for i in kept:
        cells = cells_of[i]
        while cells[-1] is None:
            cells.pop()
    limit = MAX_ROWS + _EXTRA_ROWS
    wide = next((k for k, i in enumerate(kept) if len(cells_of[i]) > MAX_COLUMNS), None)
    if wide is not None and wide < limit:
        raise fail("too_many_columns", max=MAX_COLUMNS, row=kept[wide] + 1, sheet=table.sheet)
    if len(kept) > limit:
        raise fail("too_many_rows", max=Thousands(MAX_ROWS), sheet=table.sheet)
    for i in kept:
        if len(lines[i]) > MAX_CELL_CHARS:  # only a line this long can hold a long cell
            cells = cells_of[i]
            for j, cell in enumerate(cells):
                if cell is not None and len(cell) > MAX_CELL_CHARS:
                    table.long_cells[(i + 1, j)] = len(cell)
                    cells[j] = cell[:MAX_CELL_CHARS]
    table.rows.extend([(i + 1, cells_of[i]) for i in kept])


# --- xlsx ------------------------------------------------------------------------------


def _check_zip(raw: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise fail("broken_zip") from exc
    if len(entries) > MAX_ZIP_ENTRIES:
        raise fail("too_many_parts")
    if any(e.flag_bits & 0x1 for e in entries):
        raise fail("encrypted")
    unpacked = sum(e.file_size for e in entries)
    if unpacked > MAX_UNPACKED_BYTES:
        raise fail("unpacked_too_big", mb=MAX_UNPACKED_BYTES // (1024 * 1024))
    for e in entries:
        if e.file_size > RATIO_FLOOR_BYTES and e.file_size > MAX_PACK_RATIO * max(e.compress_size, 1):
            raise fail("zip_bomb")
    names = {e.filename for e in entries}
    if "xl/workbook.xml" not in names:
        raise fail("zip_not_workbook")
    return archive


_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?\"")


def _merged_ranges(archive: zipfile.ZipFile, path: str) -> list[tuple[str, int, int]]:
    """(range text, first row, last row) of each merged range in one sheet's XML."""
    try:
        xml = archive.read(path.lstrip("/"))
    except KeyError:
        return []
    ranges = []
    for m in _MERGE.finditer(xml):
        first = int(m.group(2))
        last = int(m.group(4)) if m.group(4) else first
        text = m.group(0).split(b'ref="')[1].rstrip(b'"').decode("ascii")
        ranges.append((text, first, last))
    return ranges


def _cell(value: Any, formula: Any) -> Any:
    """One cell as the importer wants it: text, a number, a date, or a marker."""
    if value is None:
        if isinstance(formula, str) and formula.startswith("="):
            return FormulaWithoutValue(formula)
        return None
    if isinstance(value, bool):
        return "WAAR" if value else "ONWAAR"
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, (dt.datetime, dt.date, dt.time, dt.timedelta)):
        return value
    text = str(value)
    return text if text.strip() else None


def _read_xlsx(raw: bytes) -> list[RawTable]:
    archive = _check_zip(raw)
    import openpyxl  # imported here: CSV users never pay for it

    try:
        values = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True,
                                        keep_links=False, keep_vba=False)
        formulas = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=False,
                                          keep_links=False, keep_vba=False)
    except TableImportError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on a malformed workbook
        raise fail("unreadable_xlsx") from exc
    try:
        sheets = [ws for ws in values.worksheets if hasattr(ws, "iter_rows")]
        if len(sheets) > MAX_SHEETS:
            raise fail("too_many_sheets", max=MAX_SHEETS)
        tables = []
        for sheet in sheets:
            tables.append(_read_sheet(archive, sheet, formulas[sheet.title]))
    except TableImportError:
        raise
    except Exception as exc:
        raise fail("unreadable_xlsx") from exc
    finally:
        values.close()
        formulas.close()
    tables = [t for t in tables if t.rows]
    if not tables:
        raise fail("empty_workbook")
    return tables


def _read_sheet(archive: zipfile.ZipFile, values_sheet, formula_sheet) -> RawTable:
    table = RawTable(sheet=values_sheet.title, rows=[])
    # Dimensions in the file may lie (A1:XFD1048576); read what is really there.
    values_sheet.reset_dimensions()
    formula_sheet.reset_dimensions()
    empty_run = 0
    rows = zip(values_sheet.iter_rows(values_only=True), formula_sheet.iter_rows(values_only=True))
    for number, (row_values, row_formulas) in enumerate(rows, start=1):
        if not any(v is not None for v in row_values) and not any(
            isinstance(f, str) and f.startswith("=") for f in row_formulas
        ):
            empty_run += 1
            if empty_run > _EMPTY_RUN_LIMIT:
                break
            continue
        empty_run = 0
        if len(row_values) > MAX_COLUMNS and any(v is not None for v in row_values[MAX_COLUMNS:]):
            raise fail("too_many_columns", max=MAX_COLUMNS, row=number, sheet=table.sheet)
        width = min(max(len(row_values), len(row_formulas)), MAX_COLUMNS)
        cells = [
            _cell(row_values[i] if i < len(row_values) else None,
                  row_formulas[i] if i < len(row_formulas) else None)
            for i in range(width)
        ]
        _add_row(table, number, cells)
    if table.rows:  # judged against the header row, once that is known
        table.merged = _merged_ranges(archive, values_sheet._worksheet_path)
    return table
