"""Measurements from a CSV or xlsx file, as registration systems export them: all or none.

The file goes through the safe table reader of the effects import
(`impactkaart.io.imports.read.read_tables`: content decides the format, UTF-8 / UTF-16 /
Windows-1252, the separator sniffed, zip-bomb checks, row, column and cell limits), numbers
through its cell parser (Dutch or English decimals, percentages). Then, per row:

- ``kpi`` (or ``indicator``): a key of the library or an own KPI;
- ``period`` / ``periode``: ``2025``, ``2025-Q1`` or ``2025-03`` (`periods.parse_period`);
- ``numerator`` / ``teller`` and ``denominator`` / ``noemer`` (whole numbers, the
  numerator at most the denominator), or ``value`` / ``waarde``: a share needs teller and
  noemer or a value between 0 and 1 (``45%`` reads as 0,45); a count a value (or a teller);
  a score a value.

Every problem names the file, the row and the column; `read_measurements` saves nothing,
the caller saves ``rows`` in one transaction (`store.import_measurements`) only when
``problems`` is empty.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import zip_longest
from typing import Any

import numpy as np
import pandas as pd

from impactkaart.io.imports.cells import (
    NumberError,
    decide_decimal,
    decimal_votes,
    detect_decimal,
    parse_number,
)
from impactkaart.io.imports.problems import Problem, TableImportError
from impactkaart.io.imports.read import FormulaWithoutValue, read_tables
from impactkaart.monitoring.library import Kpi
from impactkaart.monitoring.periods import PeriodError, granularity, parse_period
from impactkaart.monitoring.store import Measurement, MeasurementColumns
from impactkaart.text.catalogue import TEXTS, t

# field -> the headers that name it (lower case, as normalised)
HEADERS = {
    "kpi": ("kpi", "indicator", "kpi-code", "kpi code"),
    "period": ("period", "periode", "tijdvak"),
    "numerator": ("numerator", "teller"),
    "denominator": ("denominator", "noemer"),
    "value": ("value", "waarde"),
}
REQUIRED = ("kpi", "period")
_LOOK = 20  # rows searched for the header
MAX_VALUE = 1e12


@dataclass(frozen=True)
class MonitoringProblem(Problem):
    """A problem of the measurements import, worded by ``monitoring.problem.<code>``."""

    def what(self, lang: str = "nl") -> str:
        key = f"monitoring.problem.{self.message}"
        if key in TEXTS:
            return t(key, lang, **dict(self.values))
        return super().what(lang)


def _problem(code: str, *, row: int | None = None, column: str | None = None,
             value: str | None = None, sheet: str | None = None, **values) -> MonitoringProblem:
    return MonitoringProblem(code, row, column, value, sheet, tuple(values.items()))


@dataclass
class MeasurementImport:
    """What an import would save: ``rows`` (one `Measurement` per data row), or every
    problem; ``preview`` is the file's rows as read with the problems of each row (made
    when first asked for: the command line never shows it)."""

    filename: str
    rows: Sequence[Measurement]
    problems: list[Problem]
    preview_source: pd.DataFrame | Callable[[], pd.DataFrame] = field(
        default_factory=pd.DataFrame, repr=False)

    @property
    def preview(self) -> pd.DataFrame:
        if callable(self.preview_source):
            self.preview_source = self.preview_source()
        return self.preview_source

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)

    def texts(self, lang: str = "nl") -> list[str]:
        prefix = f"{self.filename}: " if self.filename else ""
        return [prefix + p.text(lang) for p in self.problems]


def _norm(cell: Any) -> str:
    return " ".join(str(cell).strip().lower().replace("_", " ").split()) if cell is not None else ""


def _mapping(cells: list[Any]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, cell in enumerate(cells):
        name = _norm(cell)
        for key, names in HEADERS.items():
            if name in names and key not in found:
                found[key] = i
    return found


def _text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, FormulaWithoutValue):
        return cell.formula
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


_PLAIN_WHOLE = re.compile(r"\d{1,15}")  # most cells of a register export: read without the parser


def _number(cell: Any, decimal: str) -> float:
    if isinstance(cell, str) and _PLAIN_WHOLE.fullmatch(cell):
        return float(cell)
    if isinstance(cell, FormulaWithoutValue):
        raise NumberError("formula_without_value")
    if isinstance(cell, bool):
        raise NumberError("not_a_number")
    if isinstance(cell, (int, float)):
        value = float(cell)
    elif isinstance(cell, str):
        value = parse_number(cell, decimal, allow_percent=True)
    else:
        raise NumberError("date_not_number")
    if not math.isfinite(value):
        raise NumberError("not_finite")
    return value


def read_measurements(raw: bytes, filename: str, kpis: dict[str, Kpi]) -> MeasurementImport:
    """Read and check a file of measurements; never raises for what is in the file."""
    try:
        tables = read_tables(raw, filename)
    except TableImportError as exc:
        return MeasurementImport(filename, [], list(exc.problems))
    for table in tables:
        for index, (number, cells) in enumerate(table.rows[:_LOOK]):
            mapping = _mapping(cells)
            if all(k in mapping for k in REQUIRED):
                return _read_rows(filename, table, index, number, cells, mapping, kpis)
    first = tables[0]
    header = _mapping(first.rows[0][1]) if first.rows else {}
    missing = [k for k in REQUIRED if k not in header]
    return MeasurementImport(filename, [], [
        _problem("missing_column", header=HEADERS[k][0], dutch=HEADERS[k][1], sheet=first.sheet)
        for k in missing])


def _read_rows(filename, table, index, header_row, cells, mapping, kpis,
               vectorised: bool = True) -> MeasurementImport:
    """Every data row checked; a file that is valid throughout is read column by column
    (`_read_rows_fast`), any other row by row, which words every problem."""
    if vectorised:
        fast = _read_rows_fast(table, index, mapping, kpis)
        if fast is not None:
            return MeasurementImport(filename, fast[0], [], fast[1])
    problems: list[Problem] = []
    sheet = table.sheet
    headers = {key: _text(cells[i]) for key, i in mapping.items()}
    if "value" not in mapping and not ("numerator" in mapping and "denominator" in mapping):
        problems.append(_problem("missing_numbers", sheet=sheet))
    data = [(n, c) for n, c in table.rows[index + 1:]]
    number_texts = [c[i] for _, c in data for k, i in mapping.items()
                    if k in ("numerator", "denominator", "value") and i < len(c)
                    and isinstance(c[i], str) and not _PLAIN_WHOLE.fullmatch(c[i])]
    decimal = detect_decimal(number_texts, table.default_decimal)
    rows: list[Measurement] = []
    shown: list[dict[str, Any]] = []
    seen: dict[tuple[str, str], int] = {}
    grains: dict[str, tuple[str, int]] = {}
    for number, row in data:
        def cell(key: str, row=row) -> Any:
            i = mapping.get(key)
            value = row[i] if i is not None and i < len(row) else None
            return None if isinstance(value, str) and not value.strip() else value

        before = len(problems)
        where = {"row": number, "sheet": sheet}
        if (number, mapping.get("kpi", -1)) in table.long_cells:
            problems.append(_problem("cell_too_long", column=headers["kpi"], **where))
        key = _text(cell("kpi")).lower()
        kpi = kpis.get(key)
        if not key:
            problems.append(_problem("required", column=headers["kpi"], **where))
        elif kpi is None:
            problems.append(_problem("unknown_kpi", column=headers["kpi"], value=key, **where))
        period = None
        if cell("period") is None:
            problems.append(_problem("required", column=headers["period"], **where))
        else:
            try:
                period = parse_period(cell("period"))
            except PeriodError:
                problems.append(_problem("bad_period", column=headers["period"],
                                         value=_text(cell("period")), **where))
        numbers: dict[str, float | None] = {}
        for name in ("numerator", "denominator", "value"):
            raw_cell = cell(name)
            if raw_cell is None:
                numbers[name] = None
                continue
            try:
                value = _number(raw_cell, decimal)
            except NumberError as exc:
                problems.append(Problem(exc.code, number, headers[name], _text(raw_cell), sheet))
                numbers[name] = float("nan")
                continue
            if value < 0:
                problems.append(_problem("negative", column=headers[name], value=_text(raw_cell),
                                         **where))
            elif abs(value) > MAX_VALUE:
                problems.append(_problem("too_large", column=headers[name],
                                         value=_text(raw_cell), **where))
            numbers[name] = value
        if kpi is not None and len(problems) == before:
            problems.extend(_check_numbers(kpi, numbers, headers, where))
        if kpi is not None and period is not None:
            if (key, period) in seen:
                problems.append(_problem("duplicate", column=headers["period"], value=period,
                                         first=seen[key, period], **where))
            else:
                seen[key, period] = number
            grain = granularity(period)
            if key in grains and grains[key][0] != grain:
                problems.append(_problem("mixed_periods", column=headers["period"], value=period,
                                         first=grains[key][1], **where))
            grains.setdefault(key, (grain, number))
        if len(problems) == before:
            n, d, v = numbers.get("numerator"), numbers.get("denominator"), numbers.get("value")
            if kpi.kind == "count" and v is None:
                v, n = n, None
            rows.append(Measurement(key, period, n, d, v))
        shown.append({"row": number, "kpi": key, "period": period or _text(cell("period")),
                      **{k: _text(cell(k)) for k in ("numerator", "denominator", "value")},
                      "problems": [p for p in problems[before:]]})
    if not data:
        problems.append(_problem("only_headers", sheet=sheet))
    frame = pd.DataFrame(shown, columns=["row", "kpi", "period", "numerator", "denominator",
                                         "value", "problems"])
    return MeasurementImport(filename, rows if not problems else [], problems, frame)


def _check_numbers(kpi: Kpi, numbers: dict[str, float | None], headers: dict[str, str],
                   where: dict) -> list[Problem]:
    n, d, v = numbers.get("numerator"), numbers.get("denominator"), numbers.get("value")
    col = headers.get
    if kpi.kind == "share":
        if v is None and (n is None or d is None):
            missing = "numerator" if n is None else "denominator"
            return [_problem("share_needs", column=col(missing) or missing, **where)]
        out = []
        if n is not None and d is not None:
            if not float(n).is_integer():
                out.append(_problem("whole", column=col("numerator"), **where))
            if not float(d).is_integer():
                out.append(_problem("whole", column=col("denominator"), **where))
            if d == 0:
                out.append(_problem("zero_denominator", column=col("denominator"), **where))
            elif n > d:
                out.append(_problem("above_denominator", column=col("numerator"), **where))
            elif v is not None and abs(v - n / d) > 0.0005:
                out.append(_problem("value_disagrees", column=col("value"), **where))
        elif n is not None or d is not None:
            missing = "numerator" if n is None else "denominator"
            out.append(_problem("share_needs", column=col(missing) or missing, **where))
        if v is not None and v > 1:
            out.append(_problem("share_above_one", column=col("value"), **where))
        return out
    if kpi.kind == "count":
        if v is None and n is None:
            return [_problem("count_needs", column=col("value") or "waarde", **where)]
        return []
    if v is None:
        return [_problem("score_needs", column=col("value") or "waarde", **where)]
    return []


def preview_frame(result: MeasurementImport, lang: str = "nl") -> pd.DataFrame:
    """The rows as read, under words of ``lang``, with each row's problems."""
    frame = result.preview.copy()
    if frame.empty:
        return frame
    frame["problems"] = ["; ".join((f"{p.column}: " if p.column else "") + p.what(lang)
                                   for p in problems) for problems in frame["problems"]]
    return frame.rename(columns={c: t(f"monitoring.col.{c}", lang) for c in frame.columns})


# --- the vectorised path ------------------------------------------------------------------

_NUMBER_TYPES = (str, int, float)
# "12", "1,5", "1.234": most cells of a register export, read (and voted on) without the
# parser's regular expressions; property tests hold them to `parse_number` and `_vote`.
_SIMPLE = re.compile(r"([0-9]{1,15})(?:([,.])([0-9]{1,15}))?")


def _read_rows_fast(table, index, mapping, kpis) -> tuple[MeasurementColumns, Callable] | None:
    """The rows of a file every cell of which is valid, checked column by column: each
    distinct cell once through the same scalar parser as `_read_rows`, the checks between
    cells as array operations; None as soon as any check could fail, so that `_read_rows`
    words every problem exactly as before. Returns the rows as columns and the maker of the
    preview."""
    data = table.rows[index + 1:]
    if not data or table.long_cells:
        return None
    if "value" not in mapping and not ("numerator" in mapping and "denominator" in mapping):
        return None
    size = len(data)
    padded = list(zip_longest(*(cells for _, cells in data)))  # columns, short rows padded with None
    empty = (None,) * size

    def column(key: str) -> tuple:
        i = mapping.get(key)
        return padded[i] if i is not None and i < len(padded) else empty

    cells = {key: column(key) for key in HEADERS}
    distinct = {key: set(values) for key, values in cells.items()}
    if any(isinstance(v, str) and not v.strip() for values in distinct.values() for v in values):
        return None  # a blank text cell (the reader makes them None): the row-by-row rules
    if any(type(v) is not str for v in distinct["kpi"] | distinct["period"]):
        return None
    key_of = {v: v.strip().lower() for v in distinct["kpi"]}
    if not all(k in kpis for k in key_of.values()):
        return None
    period_of: dict[str, str] = {}
    for text in distinct["period"]:
        try:
            period_of[text] = parse_period(text)
        except PeriodError:
            return None
    keys = list(map(key_of.__getitem__, cells["kpi"]))
    periods = list(map(period_of.__getitem__, cells["period"]))
    pairs = set(zip(keys, periods))
    if len(pairs) != size:
        return None  # a period twice for one KPI
    grain_of = {p: granularity(p) for p in set(period_of.values())}
    grains = {(k, grain_of[p]) for k, p in pairs}
    if len({k for k, _ in grains}) != len(grains):
        return None  # one KPI in two kinds of period
    counts: Counter = Counter()
    for name in ("numerator", "denominator", "value"):
        counts.update(cells[name])
    simple = {v: m.groups() for v in counts if isinstance(v, str) and (m := _SIMPLE.fullmatch(v))}
    votes = decimal_votes({v: c for v, c in counts.items() if isinstance(v, str) and v not in simple})
    for text, (_, mark, fraction) in simple.items():  # as cells._vote decides these
        if mark and len(fraction) != 3:
            votes[mark] += counts[text]
    decimal = decide_decimal(votes, table.default_decimal)
    numbers: dict[str, np.ndarray] = {}
    parsed: dict[Any, float] = {None: np.nan}  # shared by the three columns: one decimal mark
    for name in ("numerator", "denominator", "value"):
        if any(type(v) not in _NUMBER_TYPES for v in distinct[name] - {None}):
            return None  # checked before the shared cache, where True would pass as 1
        present = distinct[name] - parsed.keys()  # each distinct cell parsed once in the file
        for v in present:
            if v in simple:  # as parse_number reads these
                whole, mark, fraction = simple[v]
                if mark is None:
                    parsed[v] = float(whole)
                elif mark == decimal:
                    parsed[v] = float(f"{whole}.{fraction}")
                elif len(whole) <= 3 and len(fraction) == 3:  # the other mark: thousands
                    parsed[v] = float(whole + fraction)
                else:
                    return None
                continue
            try:
                parsed[v] = _number(v, decimal)
            except NumberError:
                return None
        values = np.fromiter(map(parsed.__getitem__, cells[name]), dtype=float, count=size)
        with np.errstate(invalid="ignore"):
            if (values < 0).any() or (np.abs(values) > MAX_VALUE).any():
                return None
        numbers[name] = values
    n, d, v = numbers["numerator"], numbers["denominator"], numbers["value"]
    has_n, has_d, has_v = ~np.isnan(n), ~np.isnan(d), ~np.isnan(v)
    kind_of = {k: kpis[k].kind for k in set(key_of.values())}
    kind = np.array(list(map(kind_of.__getitem__, keys)))
    share, count = kind == "share", kind == "count"
    both = has_n & has_d
    with np.errstate(divide="ignore", invalid="ignore"):
        bad_share = ((~has_v & ~both) | (has_n != has_d)
                     | (both & ((n % 1 != 0) | (d % 1 != 0) | (d == 0) | (n > d)))
                     | (both & has_v & (np.abs(v - n / d) > 0.0005)) | (has_v & (v > 1)))
    bad = (share & bad_share) | (count & ~has_v & ~has_n) | (~share & ~count & ~has_v)
    if bad.any():
        return None
    moved = count & ~has_v  # a count given as teller: its value
    v = np.where(moved, n, v)
    n = np.where(moved, np.nan, n)

    def preview() -> pd.DataFrame:
        shown = {"row": [number for number, _ in data], "kpi": keys, "period": periods}
        for name in ("numerator", "denominator", "value"):
            words = {c: _text(c) for c in distinct[name]}
            shown[name] = list(map(words.__getitem__, cells[name]))
        shown["problems"] = [[] for _ in data]
        return pd.DataFrame(shown, columns=["row", "kpi", "period", "numerator", "denominator",
                                            "value", "problems"])

    return MeasurementColumns(keys, periods, n, d, v), preview
