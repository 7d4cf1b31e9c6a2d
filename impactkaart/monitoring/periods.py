"""Periods of a measurement: a year (``2025``), a quarter (``2025-Q1``) or a month
(``2025-03``). Written in one canonical form, so that a text sort is a time sort within
one granularity; a KPI of a programme is measured in one granularity (docs/kpi.md)."""

from __future__ import annotations

import re

_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})\s*[-/ ]?\s*[QqKk]([1-4])$")
_QUARTER_FIRST = re.compile(r"^[QqKk]([1-4])\s*[-/ ]?\s*(\d{4})$")
_MONTH = re.compile(r"^(\d{4})\s*[-/]\s*(\d{1,2})$")
GRANULARITIES = ("year", "quarter", "month")


class PeriodError(ValueError):
    pass


def parse_period(text: object) -> str:
    """The canonical form of a period, or `PeriodError`: ``2025``, ``2025-Q1``, ``2025-03``
    (also read: ``2025 Q1``, ``Q1 2025``, ``2025-K1`` (kwartaal), ``2025-3``, ``2025/03``)."""
    if isinstance(text, bool):
        raise PeriodError(str(text))
    if isinstance(text, (int, float)):
        if float(text).is_integer():
            text = str(int(text))
        else:
            raise PeriodError(str(text))
    value = str(text).strip()
    if m := _YEAR.match(value):
        year = int(m.group(1))
        quarter = month = None
    elif m := _QUARTER.match(value):
        year, quarter, month = int(m.group(1)), int(m.group(2)), None
    elif m := _QUARTER_FIRST.match(value):
        year, quarter, month = int(m.group(2)), int(m.group(1)), None
    elif m := _MONTH.match(value):
        year, quarter, month = int(m.group(1)), None, int(m.group(2))
        if not 1 <= month <= 12:
            raise PeriodError(value)
    else:
        raise PeriodError(value)
    if not 1900 <= year <= 2200:
        raise PeriodError(value)
    if quarter is not None:
        return f"{year}-Q{quarter}"
    if month is not None:
        return f"{year}-{month:02d}"
    return str(year)


def granularity(period: str) -> str:
    if len(period) == 4:
        return "year"
    return "quarter" if "Q" in period else "month"
