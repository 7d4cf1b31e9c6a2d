"""Import costs and effects from a CSV or Excel file: all rows or none.

Three steps, the same in the app and in ``impactkaart import-table``:

1. `open_tables(bytes, filename)`: read the file within the limits of
   `table_read` and find, per sheet, the header row, the kind of table
   (effects or costs) and which column holds which field (`table_columns`).
   The user may override kind and mapping.
2. `preview_import(tables, target, ...)`: turn every cell into a value (Dutch
   or English numbers, percentages, euro signs, calendar years) and put the
   rows into the chosen project. The one validator, `parse_project`, judges
   the result; each of its findings is traced back to the row, the column
   header and the text of the cell in the file. Nothing is saved here.
3. The caller saves ``preview.project`` with one `Store.save_project` (one
   transaction) only when ``preview.problems`` is empty.

Rows from the file *replace* the project's effects (or costs); the other
table and everything else in the project stay as they were. With
``replace=False`` they are added after the existing rows.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from impactkaart.authoring.editing import project_dict
from impactkaart.core.model import MAX_YEARS, Project, ProjectError, parse_project
from impactkaart.core.reference import Reference, default_reference
from impactkaart.io.imports.cells import NumberError, detect_decimal, format_number, parse_number
from impactkaart.io.imports.columns import (
    COSTS,
    FIELDS,
    field_spec,
    find_header,
    guess_kind,
    guess_mapping,
    is_explanation,
)
from impactkaart.io.imports.problems import Finding, Problem, TableImportError, Word, problem
from impactkaart.io.imports.read import (
    EXCEL_ERRORS,
    MAX_CELL_CHARS,
    MAX_ROWS,
    FormulaWithoutValue,
    RawTable,
    read_tables,
)
from impactkaart.text.catalogue import t
from impactkaart.text.names import PARTY_LABELS

_NUMERIC = {"number", "optional_number", "integer", "share", "year"}
_OPTIONAL_EMPTY = {"optional_key", "optional_number"}  # an empty cell means "none"
DEFAULT_PROJECT_TYPE = "overig"


@dataclass
class SourceTable:
    """One table of the file: its header, its data rows, and how to read them."""

    raw: RawTable
    header_row: int  # row number of the header in the file
    headers: list[str]  # as written ("kolom C" where a header cell was empty)
    rows: list[tuple[int, list[Any]]]  # data rows (the explanation row left out)
    kind: str | None  # EFFECTS, COSTS or None (not imported)
    mapping: dict[int, str | None]  # column index -> field

    @property
    def sheet(self) -> str | None:
        return self.raw.sheet


@dataclass(frozen=True)
class NewProject:
    """The project-level fields of a project that the import creates."""

    name: str
    project_type: str = DEFAULT_PROJECT_TYPE
    years: int | None = None  # None: the last cost year in the file (at least 1)
    start_year: int | None = None  # None: the first calendar year in the file, if any


@dataclass
class ImportPreview:
    """What an import would do; ``project`` is set only when there are no problems."""

    tables: list[tuple[SourceTable, pd.DataFrame]]  # each imported table and its rows as read
    problems: list[Problem]
    project: Project | None
    counts: dict[str, int] = field(default_factory=dict)  # rows per kind
    notes: list[Problem] = field(default_factory=list)  # worth knowing, not wrong

    @property
    def ok(self) -> bool:
        return not self.problems and self.project is not None

    def note_texts(self, lang: str = "nl") -> list[str]:
        return [note.text(lang) for note in self.notes]


# --- step 1: the file's tables -----------------------------------------------------------


def open_tables(raw: bytes, filename: str = "") -> list[SourceTable]:
    """The tables of a file with their guessed kind and mapping; `TableImportError`
    when the file itself cannot be read."""
    tables = []
    for table in read_tables(raw, filename):
        index = find_header(table.rows)
        number, cells = table.rows[index]
        headers = [
            _text_of(c).strip() or f"kolom {_letter(i + 1)}" for i, c in enumerate(cells)
        ]
        rows = [r for r in table.rows[index + 1:] if not is_explanation(r[1])]
        kind = guess_kind(headers)
        mapping = guess_mapping(headers, kind) if kind else {i: None for i in range(len(headers))}
        tables.append(SourceTable(table, number, headers, rows, kind, mapping))
    return tables


def _letter(n: int) -> str:
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# --- step 2: cells to values ----------------------------------------------------------------


@dataclass(frozen=True)
class _Origin:
    sheet: str | None
    row: int
    column: str
    text: str


def _text_of(cell: Any) -> str:
    if isinstance(cell, FormulaWithoutValue):
        return cell.formula
    if isinstance(cell, float) or isinstance(cell, int):
        return format_number(cell) if math.isfinite(cell) else str(cell)
    if isinstance(cell, (dt.datetime, dt.date)):
        return cell.strftime("%d-%m-%Y")
    return "" if cell is None else str(cell)


class _CellProblem(Exception):
    """A cell that cannot be read; ``code`` names why (``import.problem.<code>``)."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def _lookup(value: str, choices: dict[str, str]) -> str:
    return choices.get(value.strip().lower(), value.strip())


def _party_names() -> dict[str, str]:
    names = {}
    for key, labels in PARTY_LABELS.items():
        names[key] = key
        for label in labels.values():
            names[label.lower()] = key
    return names


def _sector_names(reference: Reference) -> dict[str, str]:
    names = {}
    for row in reference.sectors.itertuples():
        for name in (row.sector, row.label_nl, row.label_en):
            if name:
                names[str(name).lower()] = row.sector
    return names


def _convert(cell: Any, kind: str, decimal: str) -> Any:
    """One cell for one field kind; raises `_CellProblem` with the reason's code."""
    if isinstance(cell, FormulaWithoutValue):
        raise _CellProblem("formula_without_value")
    if isinstance(cell, str) and cell.strip().upper() in EXCEL_ERRORS:
        raise _CellProblem("excel_error")
    if kind in ("text", "text_optional", "key", "optional_key"):
        if isinstance(cell, (dt.datetime, dt.date, dt.time, dt.timedelta)):
            return _text_of(cell)
        return _text_of(cell).strip()
    if isinstance(cell, (dt.datetime, dt.date, dt.time, dt.timedelta)):
        raise _CellProblem("date_not_number")
    if isinstance(cell, (int, float)):
        value = float(cell)
        if not math.isfinite(value):
            raise _CellProblem("not_finite")
    else:
        try:
            value = parse_number(str(cell), decimal, allow_percent=kind == "share")
        except NumberError as exc:
            raise _CellProblem(exc.code) from exc
    if kind in ("integer", "year") and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


def _decimal_for(table: SourceTable, decimal: str | None) -> str:
    if decimal:
        return decimal
    texts = [
        cells[i] for _, cells in table.rows for i, name in table.mapping.items()
        if name and field_spec(table.kind, name).kind in _NUMERIC
        and i < len(cells) and isinstance(cells[i], str)
    ]
    return detect_decimal(texts, table.raw.default_decimal)


def _read_rows(
    table: SourceTable, decimal: str, reference: Reference, problems: list[Problem]
) -> tuple[list[dict[str, Any]], list[dict[str, _Origin]], list[set[str]]]:
    """Records (field -> value), the origin of each value, and the fields whose cell
    could not be read (already reported), one per non-empty data row."""
    parties, sectors = _party_names(), _sector_names(reference)
    records, origins, unreadable = [], [], []
    for number, cells in table.rows:
        record: dict[str, Any] = {}
        origin: dict[str, _Origin] = {}
        bad: set[str] = set()
        for index, name in table.mapping.items():
            if not name:
                continue
            spec = field_spec(table.kind, name)
            cell = cells[index] if index < len(cells) else None
            origin[name] = _Origin(table.sheet, number, table.headers[index], _text_of(cell))
            if (number, index) in table.raw.long_cells:
                problems.append(problem(
                    "cell_too_long", row=number, column=table.headers[index], sheet=table.sheet,
                    n=table.raw.long_cells[number, index], max=MAX_CELL_CHARS))
                bad.add(name)
                record[name] = ""
                continue
            if cell is None or (isinstance(cell, str) and not cell.strip()):
                if spec.kind in _OPTIONAL_EMPTY:
                    record[name] = None
                continue  # left out: required fields are reported by the validator
            try:
                value = _convert(cell, spec.kind, decimal)
            except _CellProblem as exc:
                problems.append(problem(exc.code, row=number, column=table.headers[index],
                                        value=_text_of(cell), sheet=table.sheet))
                bad.add(name)
                record[name] = _text_of(cell)  # the validator's complaint about it is dropped
                continue
            if name in ("stakeholder", "financier"):
                value = _lookup(value, parties)
            elif name == "sector" and value:
                value = _lookup(value, sectors)
            elif spec.kind in ("optional_key",) and value == "":
                value = None
            record[name] = value
        if not any(v not in (None, "") for v in record.values()) and not bad:
            continue  # a row with only empty cells in the imported columns
        records.append(record)
        origins.append(origin)
        unreadable.append(bad)
    return records, origins, unreadable


def _calendar_years(records_by_kind: dict[str, list[dict[str, Any]]]) -> list[int]:
    years = []
    for kind, records in records_by_kind.items():
        name = "year" if kind == COSTS else "start_year"
        years += [r[name] for r in records if isinstance(r.get(name), int) and r[name] > MAX_YEARS]
    return years


def _to_project_years(records_by_kind, origins_by_kind, start: int | None,
                      problems: list[Problem], unreadable_by_kind) -> None:
    """Calendar years (2025) become project years (1) counted from ``start``."""
    for kind, records in records_by_kind.items():
        name = "year" if kind == COSTS else "start_year"
        for record, origin, bad in zip(records, origins_by_kind[kind], unreadable_by_kind[kind]):
            value = record.get(name)
            if not isinstance(value, int) or value <= MAX_YEARS:
                continue
            where = origin[name]
            if start is None or not 1900 <= value <= 2200:
                problems.append(problem("not_a_year", row=where.row, column=where.column,
                                        value=where.text, sheet=where.sheet))
                bad.add(name)
                continue
            if value < start:
                problems.append(problem("before_start", row=where.row, column=where.column,
                                        value=where.text, sheet=where.sheet, start=start))
                bad.add(name)
                continue
            record[name] = value - start + 1


_PATH = re.compile(r"^(effects|costs)\[(\d+)\](?:\.(\w+))?")
_TOP_FIELDS = ("name", "years", "project_type", "start_year")  # words: import.field.<name>


def _reword(error, spec_kind: str, text: str) -> tuple[str, dict[str, object]]:
    """The validator's finding on a cell as a code and values."""
    finding = Finding(error)
    if error.code == "missing":
        return "required_empty", {}
    if spec_kind == "share" and error.code == "share" and re.fullmatch(r"\d{1,3}", text):
        typed = int(text)
        if 2 <= typed <= 100:  # a percentage typed without its sign
            return "percent_without_sign", {"message": finding, "typed": typed,
                                            "share": format_number(typed / 100)}
    return "finding", {"message": finding}


def preview_import(
    tables: list[SourceTable],
    target: Project | None = None,
    new_project: NewProject | None = None,
    *,
    decimal: str | None = None,
    replace: bool = True,
    reference: Reference | None = None,
    lang: str = "nl",
) -> ImportPreview:
    """The project with the file's rows in it, or every problem found; saves nothing.
    ``lang`` words the problems in the preview's tables (the problems themselves are codes).

    ``target`` is the existing project to import into; without it, ``new_project``
    describes the project to create. ``decimal`` (',' or '.') overrides the decimal
    mark detected per table.
    """
    if (target is None) == (new_project is None):
        raise ValueError("geef een bestaand project of de gegevens van een nieuw project")
    reference = reference or default_reference()
    problems: list[Problem] = []
    notes: list[Problem] = []
    shown: list[tuple[SourceTable, list, list]] = []
    records_by_kind: dict[str, list] = {}
    origins_by_kind: dict[str, list] = {}
    unreadable_by_kind: dict[str, list] = {}
    for table in tables:
        if table.kind is None:
            continue
        for text, _first, last in table.raw.merged:
            if last >= table.header_row:
                problems.append(problem("merged_cells", sheet=table.sheet, cells=text))
        mapped = {name for name in table.mapping.values() if name}
        for spec in FIELDS[table.kind]:
            if spec.required and spec.name not in mapped:
                problems.append(problem("missing_column", sheet=table.sheet, header=spec.header))
        doubled = [n for n in mapped if list(table.mapping.values()).count(n) > 1]
        for name in sorted(doubled):
            problems.append(problem("doubled_column", sheet=table.sheet,
                                    header=field_spec(table.kind, name).header))
        records, origins, unreadable = _read_rows(
            table, _decimal_for(table, decimal), reference, problems)
        shown.append((table, records, origins))
        if not records:  # an empty sheet (e.g. the template's Kosten) changes nothing
            notes.append(problem("skipped_sheet", name=table.sheet) if table.sheet is not None
                         else problem("skipped_file"))
            continue
        records_by_kind.setdefault(table.kind, []).extend(records)
        origins_by_kind.setdefault(table.kind, []).extend(origins)
        unreadable_by_kind.setdefault(table.kind, []).extend(unreadable)
    if not shown:
        problems.append(problem("no_table"))
    for kind, records in records_by_kind.items():
        if len(records) > MAX_ROWS:
            problems.append(problem(f"too_many_{kind}", n=len(records), max=MAX_ROWS))
    if shown and not any(records_by_kind.values()):
        problems.append(problem("only_headers"))

    start = target.start_year if target is not None else new_project.start_year
    calendar = _calendar_years(records_by_kind)
    if calendar and start is None:
        start = min(y for y in calendar if 1900 <= y <= 2200) if any(
            1900 <= y <= 2200 for y in calendar) else None
        if start is not None:
            notes.append(problem("calendar_years", start=start))
    _to_project_years(records_by_kind, origins_by_kind, start, problems, unreadable_by_kind)

    data = project_dict(target) if target is not None else {
        "name": new_project.name,
        "project_type": new_project.project_type,
        "years": new_project.years or _years_from_costs(records_by_kind.get(COSTS, [])),
        "costs": [],
        "effects": [],
    }
    if start is not None:
        data["start_year"] = start
    offsets = {}
    for kind, records in records_by_kind.items():
        existing = [] if replace else data.get(kind, [])
        offsets[kind] = len(existing)
        data[kind] = [*existing, *records]
    try:
        project = parse_project(data, reference)
    except ProjectError as exc:
        project = None
        for error in exc.errors:
            problems.extend(_trace(error, offsets, origins_by_kind, unreadable_by_kind))
    counts = {kind: len(records) for kind, records in records_by_kind.items()}
    # File-wide problems first, then row by row as the file runs.
    order = {t.sheet: i for i, t in enumerate(tables)}
    problems = sorted(_unique(problems),
                      key=lambda p: (p.row is not None, order.get(p.sheet, 0), p.row or 0))
    if problems:
        project = None
    frames = [(table, _frame(table, records, origins, problems, lang))
              for table, records, origins in shown]
    return ImportPreview(frames, problems, project, counts, notes)


def _years_from_costs(costs: list[dict[str, Any]]) -> int:
    years = [c["year"] for c in costs if isinstance(c.get("year"), int) and 1 <= c["year"] <= MAX_YEARS]
    return max(years, default=1)


def _trace(error, offsets, origins_by_kind, unreadable_by_kind) -> list[Problem]:
    """A validator finding as a problem in the file (row, header, cell text)."""
    match = _PATH.match(error.path)
    if match is None:
        if error.path in _TOP_FIELDS:
            return [problem("top_field", field=Word(f"import.field.{error.path}"),
                            message=Finding(error))]
        return [problem("finding", message=Finding(error, with_field=True))]
    kind, index, name = match.group(1), int(match.group(2)), match.group(3)
    position = index - offsets.get(kind, 0)
    if position < 0 or kind not in origins_by_kind:  # an existing row of the project
        return [problem(f"existing_{kind}", n=index + 1, field=name, message=Finding(error))]
    if name in unreadable_by_kind[kind][position]:
        return []  # the cell itself was reported already
    origin = origins_by_kind[kind][position].get(name)
    if origin is None:  # no column for this field: reported once for the whole table
        return []
    code, values = _reword(error, field_spec(kind, name).kind, origin.text)
    value = origin.text if origin.text and f"'{origin.text}'" not in error.message else None
    return [problem(code, row=origin.row, column=origin.column, value=value,
                    sheet=origin.sheet, **values)]


def _unique(problems: list[Problem]) -> list[Problem]:
    seen, out = set(), []
    for p in problems:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


def _frame(table: SourceTable, records, origins, problems: list[Problem],
           lang: str = "nl") -> pd.DataFrame:
    """The rows as read (as text), under the template's headers, with the row number in
    the file and the problems of each row."""
    columns = [f for f in FIELDS[table.kind] if f.name in set(table.mapping.values())]
    by_row: dict[int, list[str]] = {}
    for p in problems:
        if p.row is not None and p.sheet == table.sheet:
            by_row.setdefault(p.row, []).append(
                (f"{p.column}: " if p.column else "")
                + Problem(p.message, value=p.value, values=p.values).text(lang))
    row_name, problems_name = t("import.frame.row", lang), t("import.frame.problems", lang)
    rows = []
    for record, origin in zip(records, origins):
        number = next(iter(origin.values())).row if origin else None
        row: dict[str, Any] = {row_name: number}
        for spec in columns:
            value = record.get(spec.name)
            row[spec.header] = "" if value is None else (
                format_number(value) if isinstance(value, (int, float)) else str(value))
        row[problems_name] = "; ".join(by_row.get(number, []))
        rows.append(row)
    return pd.DataFrame(rows, columns=[row_name, *(s.header for s in columns), problems_name])


# --- one call for the command line -----------------------------------------------------------


def import_file(
    raw: bytes,
    filename: str,
    target: Project | None = None,
    new_project: NewProject | None = None,
    *,
    decimal: str | None = None,
    replace: bool = True,
    reference: Reference | None = None,
) -> ImportPreview:
    """Read, map (as guessed) and validate a file; raises `TableImportError` with every
    problem, or returns the preview whose ``project`` is ready to save."""
    tables = open_tables(raw, filename)
    preview = preview_import(tables, target, new_project, decimal=decimal, replace=replace,
                             reference=reference)
    if not preview.ok:
        raise TableImportError(preview.problems)
    return preview
