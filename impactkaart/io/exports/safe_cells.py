"""Text that a spreadsheet could mistake for a formula, written as text (CSV and xlsx).

A project name or an effect such as ``=HYPERLINK("http://…","klik")`` or
``@SUM(…)`` is harmless in the app, but Excel and LibreOffice run it as a
formula when they open an exported file ("CSV/formula injection"). Every
export writes user text through these helpers:

- CSV: a text value that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return gets a leading apostrophe (OWASP's advice), so Excel shows
  it as text. Numbers stay numbers (``-5`` as a number is not touched).
- xlsx: every text value is stored as a text cell (openpyxl would otherwise
  store a string starting with ``=`` as a formula) and risky ones also get
  Excel's "quote prefix" style, so editing the cell does not turn it into a
  formula either.
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

RISKY_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def is_risky(value: Any) -> bool:
    """True for text a spreadsheet could read as a formula."""
    return isinstance(value, str) and value.startswith(RISKY_PREFIXES)


def csv_value(value: Any) -> Any:
    """One value for a CSV cell: risky text gets a leading apostrophe."""
    return "'" + value if is_risky(value) else value


def csv_safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` with every risky text cell (and column name) defused for CSV."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(csv_value)
    out.columns = [csv_value(c) for c in out.columns]
    return out


def _plain(value: Any) -> Any:
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalar -> Python
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None  # Excel has no NaN or infinity: an empty cell
    if value is pd.NA or value is pd.NaT:
        return None
    return value


def set_cell(cell, value: Any) -> None:
    """Put ``value`` in an openpyxl cell (normal or write-only); text always as text."""
    value = _plain(value)
    if isinstance(value, str):  # control characters XML cannot hold would fail the save
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
        if is_risky(value):
            cell.quotePrefix = True


def text_cell(sheet, value: Any):
    """A write-only-mode cell for ``sheet.append([...])`` holding ``value`` safely."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet)
    set_cell(cell, value)
    return cell


def write_frame(sheet, frame: pd.DataFrame, start_row: int = 1, header: bool = True) -> int:
    """Write a DataFrame into an openpyxl worksheet safely; returns the next free row.

    Use this instead of ``DataFrame.to_excel``, which stores text starting with
    ``=`` as a formula.
    """
    row = start_row
    if header:
        for col, name in enumerate(frame.columns, start=1):
            set_cell(sheet.cell(row=row, column=col), str(name))
        row += 1
    for values in frame.itertuples(index=False):
        for col, value in enumerate(values, start=1):
            set_cell(sheet.cell(row=row, column=col), value)
        row += 1
    return row
