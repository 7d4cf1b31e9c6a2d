"""Comparison without exposure: other organisations' values only as an anonymised
distribution over at least `MIN_ORGANISATIONS` organisations, never one organisation's
figure (docs/kpi.md, "Vergelijken").

A benchmark file has per row a KPI, a period, an organisation (a code is enough) and its
value (or teller and noemer). On import only the distribution is kept per KPI and period:
the number of organisations and the 25th, 50th and 75th percentile (linear
interpolation). Groups of fewer than five organisations are dropped, and so is each
organisation's own row: the store never holds one organisation's figure. Minimum and
maximum are never shown (they *are* one organisation's figure).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from impactkaart.io.imports.cells import NumberError, detect_decimal
from impactkaart.io.imports.problems import Problem, TableImportError
from impactkaart.io.imports.read import read_tables
from impactkaart.monitoring.library import Kpi
from impactkaart.monitoring.measurements import HEADERS, _number, _problem, _text
from impactkaart.monitoring.periods import PeriodError, parse_period

MIN_ORGANISATIONS = 5
ORGANISATION = ("organisation", "organisatie", "organisation code", "organisatiecode", "org")


@dataclass
class BenchmarkImport:
    rows: list[tuple] = field(default_factory=list)  # (kpi, period, n, p25, p50, p75)
    problems: list[Problem] = field(default_factory=list)
    dropped: list[tuple[str, str, int]] = field(default_factory=list)  # (kpi, period, n) < 5

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)


def _mapping(cells) -> dict[str, int]:
    found: dict[str, int] = {}
    names = {**HEADERS, "organisation": ORGANISATION}
    for i, cell in enumerate(cells):
        text = " ".join(str(cell or "").strip().lower().replace("_", " ").split())
        for key, options in names.items():
            if text in options and key not in found:
                found[key] = i
    return found


def enough(organisations: int) -> bool:
    """The one rule of every benchmark (this file's and the one across organisations of a
    shared deployment, `impactkaart.accounts.benchmark`): a distribution is shown only when
    at least `MIN_ORGANISATIONS` organisations contribute to it."""
    return organisations >= MIN_ORGANISATIONS


def place(own: float | None, p25: float, p75: float) -> str | None:
    """``below`` the 25th percentile, ``middle`` (from the 25th to the 75th) or ``above``;
    None without an own value."""
    if own is None or own != own:
        return None
    return "below" if own < p25 else ("above" if own > p75 else "middle")


def distribution(values) -> tuple[float, float, float]:
    p25, p50, p75 = np.percentile(np.asarray(values, dtype=float), [25, 50, 75])
    return float(p25), float(p50), float(p75)


def read_benchmark(raw: bytes, filename: str, kpis: dict[str, Kpi]) -> BenchmarkImport:
    try:
        tables = read_tables(raw, filename)
    except TableImportError as exc:
        return BenchmarkImport(problems=list(exc.problems))
    table = tables[0]
    index = next((i for i, (_, cells) in enumerate(table.rows[:20])
                  if {"kpi", "period", "organisation"} <= set(_mapping(cells))), None)
    if index is None:
        return BenchmarkImport(problems=[_problem("benchmark_columns")])
    mapping = _mapping(table.rows[index][1])
    if "value" not in mapping and not {"numerator", "denominator"} <= set(mapping):
        return BenchmarkImport(problems=[_problem("missing_numbers")])
    data = table.rows[index + 1:]
    texts = [c[i] for _, c in data for k, i in mapping.items()
             if k in ("value", "numerator", "denominator") and i < len(c) and isinstance(c[i], str)]
    decimal = detect_decimal(texts, table.default_decimal)
    header = {k: _text(table.rows[index][1][i]) for k, i in mapping.items()}
    values: dict[tuple[str, str], dict[str, float]] = {}
    problems: list[Problem] = []
    for number, cells in data:
        def cell(key, cells=cells):
            i = mapping.get(key)
            v = cells[i] if i is not None and i < len(cells) else None
            return None if isinstance(v, str) and not v.strip() else v
        key = _text(cell("kpi")).lower()
        if key not in kpis:
            problems.append(_problem("unknown_kpi", row=number, column=header["kpi"], value=key))
            continue
        try:
            period = parse_period(cell("period"))
        except PeriodError:
            problems.append(_problem("bad_period", row=number, column=header["period"],
                                     value=_text(cell("period"))))
            continue
        organisation = _text(cell("organisation"))
        if not organisation:
            problems.append(_problem("required", row=number, column=header["organisation"]))
            continue
        try:
            if "value" in mapping and cell("value") is not None:
                value = _number(cell("value"), decimal)
            else:
                n, d = _number(cell("numerator"), decimal), _number(cell("denominator"), decimal)
                if d <= 0 or n < 0 or n > d:
                    problems.append(_problem("above_denominator", row=number,
                                             column=header.get("numerator")))
                    continue
                value = n / d
        except NumberError as exc:
            problems.append(Problem(exc.code, number, header.get("value") or header.get("numerator")))
            continue
        values.setdefault((key, period), {})[organisation] = value
    if problems:
        return BenchmarkImport(problems=problems)
    result = BenchmarkImport()
    for (key, period), by_org in sorted(values.items()):
        if not enough(len(by_org)):
            result.dropped.append((key, period, len(by_org)))
            continue
        result.rows.append((key, period, len(by_org), *distribution(list(by_org.values()))))
    return result


def comparison(own: float | None, row: tuple | None) -> dict | None:
    """Where the own value lies in the distribution: ``below`` the 25th percentile,
    ``middle`` (between 25th and 75th) or ``above``; None without a benchmark."""
    if row is None:
        return None
    _, period, n, p25, p50, p75, source = row
    return {"period": period, "organisations": int(n), "p25": p25, "p50": p50, "p75": p75,
            "place": place(own, p25, p75), "source": source}
