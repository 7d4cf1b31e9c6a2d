"""Readable Dutch text for sensitivity and Monte Carlo results (CLI, later the one-pager).

Only formatting: every figure comes from `impactkaart.uncertainty.sensitivity` and `.montecarlo`.
"""

from __future__ import annotations

from typing import Any

from impactkaart.core.reference import default_reference
from impactkaart.text import formats
from impactkaart.uncertainty.montecarlo import MonteCarloResult
from impactkaart.uncertainty.ranges import DEFAULT_NOTE

NO_RANGES = (
    "Dit project heeft geen bandbreedtes op zijn aannames. Voeg ze toe in het projectbestand "
    "(zie docs/project-format.md, 'Ranges') of gebruik --standaardbandbreedtes."
)


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


def _value(name: str, value: float) -> str:
    if name == "discount_rate":
        return formats.percent(value, decimals=2)
    if name == "duration":
        return f"{int(value)} jaar"
    if name == "proxy":
        return formats.euro(value, decimals=2)
    if name == "quantity":
        return formats.number(value, decimals=1)
    return formats.number(value, decimals=2)


def _interval(stats: dict[str, Any], fmt) -> str:
    if stats["median"] is None:
        return "–"
    return f"mediaan {fmt(stats['median'])}, 90%-interval {fmt(stats['p05'])} – {fmt(stats['p95'])}"


def sensitivity_text(data: dict[str, Any]) -> str:
    """`impactkaart sensitivity FILE` without --json: the dict of `uncertainty.sensitivity`."""
    lines = [data["name"], ""]
    if data["rendementsfactor"] is None:
        lines.append(f"Rendementsfactor: – ({data['rendementsfactor_reason']})")
        return "\n".join(lines)
    lines += [f"Rendementsfactor: {formats.factor(data['rendementsfactor'], decimals=2)}", ""]
    if data["tornado"]:
        lines.append("Tornado: de rendementsfactor bij de lage en de hoge waarde van elke aanname "
                     "(de rest op de basiswaarde), grootste invloed eerst:")
        for row in data["tornado"]:
            name = row["assumption"]
            flag = " (standaard)" if row["default"] else ""
            lines.append(
                f"  {row['label']}{flag}: {_value(name, row['low'])} → {_value(name, row['high'])}"
                f"   {formats.factor(row['factor_low'], decimals=2)} … "
                f"{formats.factor(row['factor_high'], decimals=2)}"
            )
        if data["default_ranges_note"]:
            lines += ["", data["default_ranges_note"]]
    else:
        lines.append(NO_RANGES)
    lines += ["", "Omslagpunten (hoeveel kleiner mag een effect worden; aantal of waarde per "
                  "eenheid, dat is voor de rendementsfactor hetzelfde):"]
    lines += [f"  {b['sentence']}" for b in data["break_even"]]
    return "\n".join(lines)


def montecarlo_text(result: MonteCarloResult) -> str:
    """`impactkaart montecarlo FILE` without --json."""
    ref = default_reference()
    factor = lambda x: formats.factor(x, decimals=2)  # noqa: E731
    lines = [
        result.name,
        "",
        f"Monte Carlo: {formats.number(result.draws, decimals=0)} trekkingen, seed {result.seed}; "
        "aannames onafhankelijk getrokken.",
    ]
    if not result.assumptions:
        lines += [NO_RANGES, ""]
    stats = result.factor_summary()
    base = result.base["rendementsfactor"]
    if result.has_factor:
        lines += [
            f"Rendementsfactor: {_interval(stats, factor)} (zonder onzekerheid: {factor(base)})",
            f"Kans dat elke euro meer dan een euro oplevert (> 1): {chance(stats['p_above_1'])}",
            f"Kans op meer dan het SEOR-gemiddelde ({formats.number(ref.seor_benchmark)}): "
            f"{chance(stats['p_above_seor'])}",
        ]
    else:
        lines.append("Rendementsfactor: – (geen kosten ingevoerd)")
    euro = lambda x: formats.euro(x)  # noqa: E731
    lines += ["", "Wie profiteert (contante waarde van de baten):"]
    for row in result.by_party().itertuples():
        if row.benefits_p95 == 0 and row.benefits_p05 == 0:
            continue  # a party that only pays
        stats = {"median": row.benefits_median, "p05": row.benefits_p05, "p95": row.benefits_p95}
        lines.append(f"  {row.party:<20} {_interval(stats, euro)}")
    fte = lambda x: formats.number(x, decimals=2) + " fte"  # noqa: E731
    lines += ["", "Arbeidsmarkteffecten (bespaarde fte, opgeteld over de jaren):"]
    frame = result.fte()
    if frame.empty:
        lines.append("  geen (geen effecten met een sector)")
    for row in frame.itertuples():
        lines.append(f"  {ref.sector_label(row.sector):<30} {_interval(row._asdict(), fte)}")
    if any(a["default"] for a in result.assumptions):
        lines += ["", DEFAULT_NOTE["nl"]]
    return "\n".join(lines)
