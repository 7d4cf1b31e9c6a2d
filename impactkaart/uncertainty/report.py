"""Readable text for sensitivity and Monte Carlo results (the CLI), Dutch or English.

Only formatting: every figure comes from `impactkaart.uncertainty.sensitivity` and
`.montecarlo`; every word from the catalogue ("uncertainty.report.*").
"""

from __future__ import annotations

from typing import Any

from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.names import party_label, sector_label
from impactkaart.text.summary import factor_reason
from impactkaart.uncertainty.montecarlo import MonteCarloResult, correlation_words


def chance(share: float | None, lang: str = "nl") -> str:
    """A probability as a percentage that never rounds to a certainty it is not:
    0,9996 is '> 99,9%', not '100%'."""
    if share is None:
        return "–"
    if 0 < share < 0.001:
        return "< " + formats.percent(0.001, lang, decimals=1)
    if 0.999 < share < 1:
        return "> " + formats.percent(0.999, lang, decimals=1)
    return formats.percent(share, lang, decimals=0 if share in (0, 1) else 1)


def assumption_value(name: str, value: float, lang: str = "nl") -> str:
    """An assumption's value as a user reads it: € 40,00 · 3 jaar · 0,25 · 2,25%."""
    if name == "discount_rate":
        return formats.percent(value, lang, decimals=2)
    if name == "duration":
        years = int(value)
        return t("uncertainty.year_one" if years == 1 else "uncertainty.years", lang, n=years)
    if name == "proxy":
        return formats.euro(value, lang, decimals=2)
    if name == "size":  # quantity × value per unit: the effect's gross value per year
        return formats.euro(value, lang)
    if name == "quantity":
        return formats.number(value, lang, decimals=1)
    # a share: 0,25; a share held at exactly 0 or 1 reads 0 or 1
    return formats.number(value, lang, decimals=0 if value in (0, 1) else 2)


def _interval(stats: dict[str, Any], fmt, lang: str) -> str:
    if stats["median"] is None:
        return "–"
    return t("uncertainty.report.interval", lang, median=fmt(stats["median"]),
             low=fmt(stats["p05"]), high=fmt(stats["p95"]))


def factor_line(stats: dict[str, Any], lang: str = "nl") -> str:
    """'1,44× (puntschatting); mediaan 1,41×, 90%-interval 1,00× – 1,91×': the point
    value first, the interval beside it (CLI, exports, one-pager)."""
    factor = lambda x: formats.factor(x, lang, decimals=2)  # noqa: E731
    return t("uncertainty.report.point_interval", lang, point=factor(stats["point"]),
             interval=_interval(stats, factor, lang))


def sensitivity_text(data: dict[str, Any], lang: str = "nl") -> str:
    """`impactkaart sensitivity FILE` without --json: the dict of `sensitivity.sensitivity`
    (made in the same ``lang``: its labels and sentences are already worded)."""
    words = lambda key, **values: t(f"uncertainty.report.{key}", lang, **values)  # noqa: E731
    factor = lambda x: formats.factor(x, lang, decimals=2)  # noqa: E731
    lines = [data["name"], ""]
    if data["rendementsfactor"] is None:
        lines.append(words("no_factor", reason=factor_reason(data["rendementsfactor_reason"], lang)))
        return "\n".join(lines)
    lines += [words("factor", factor=factor(data["rendementsfactor"])), ""]
    if data["tornado"]:
        lines.append(words("tornado"))
        for row in data["tornado"]:
            name = row["assumption"]
            flag = f" ({words('default')})" if row["default"] else ""
            lines.append(
                f"  {row['label']}{flag}: {assumption_value(name, row['low'], lang)} → "
                f"{assumption_value(name, row['high'], lang)}"
                f"   {factor(row['factor_low'])} … {factor(row['factor_high'])}"
            )
        if data["default_ranges_note"]:
            lines += ["", data["default_ranges_note"]]
    else:
        lines.append(words("no_ranges"))
    lines += ["", words("break_even")]
    lines += [f"  {b['sentence']}" for b in data["break_even"]]
    return "\n".join(lines)


def montecarlo_text(result: MonteCarloResult, lang: str = "nl") -> str:
    """`impactkaart montecarlo FILE` without --json."""
    words = lambda key, **values: t(f"uncertainty.report.{key}", lang, **values)  # noqa: E731
    factor = lambda x: formats.factor(x, lang, decimals=2)  # noqa: E731
    lines = [
        result.name,
        "",
        words("draws", n=formats.number(result.draws, lang, decimals=0), seed=result.seed,
              how=correlation_words(result.grouping, result.rho, lang)),
    ]
    stats = result.factor_summary()
    if not result.varies:
        # Nothing drawn: the point value alone, and no probability (it would read "100 %").
        lines += [words("no_ranges"), ""]
        if result.has_factor:
            lines.append(words("factor", factor=factor(stats["point"])))
    elif result.has_factor:
        lines += [
            words("factor_interval", line=factor_line(stats, lang)),
            words("p_above_1", chance=chance(stats["p_above_1"], lang)),
        ]
    else:
        lines.append(words("no_costs"))
    euro = lambda x: formats.euro(x, lang)  # noqa: E731
    lines += ["", words("parties")]
    for row in result.by_party().itertuples():
        if row.benefits_p95 == 0 and row.benefits_p05 == 0:
            continue  # a party that only pays
        stats = {"median": row.benefits_median, "p05": row.benefits_p05, "p95": row.benefits_p95}
        lines.append(f"  {party_label(row.party, lang):<20} {_interval(stats, euro, lang)}")
    fte = lambda x: t("fte_unit", lang, fte=formats.number(x, lang, decimals=2))  # noqa: E731
    lines += ["", words("fte")]
    frame = result.fte()
    if frame.empty:
        lines.append(f"  {words('no_sectors')}")
    for row in frame.itertuples():
        lines.append(f"  {sector_label(row.sector, lang):<30} {_interval(row._asdict(), fte, lang)}")
    if any(a["default"] for a in result.assumptions):
        lines += ["", t("uncertainty.default_note", lang)]
    if result.fixed:
        lines.append(held_fixed_sentence(result.fixed, lang))
    return "\n".join(lines)


def held_fixed_sentence(rows, lang: str = "nl") -> str:
    """Why the default ranges left some assumptions fixed (rows of `ranges.held_fixed`):
    'Vast gehouden, want ze kunnen maar één kant op: verplaatsing 0 (6 effecten), …'."""
    parts = []
    for name, value, n in rows:
        what = f"{t(f'uncertainty.assumption.{name}', lang)} {assumption_value(name, value, lang)}"
        if n > 1:
            what += " " + t("uncertainty.report.n_effects", lang, n=n)
        parts.append(what)
    return t("uncertainty.held_fixed", lang, items=", ".join(parts))
