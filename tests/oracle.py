"""A slow, independent oracle: plain Python loops over the formulas of docs/method.md (§§ 2–5).

It shares no code with impactkaart.core.engine: it reads the project dict itself
and walks every effect, year by year, the way one would on paper.
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

MIN_COST = 0.005  # docs/method.md § 4: PV costs under half a cent count as nothing paid
DATA = Path(__file__).resolve().parents[1] / "impactkaart" / "data"


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _year(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None


@functools.cache
def price_data() -> tuple[dict[int, float], dict[str, int | None], dict[str, int | None]]:
    """Read straight from the CSV files, not through the package's loader: (factor to the
    CPI's last year per year, price year per proxy key, price year of each sector's labour
    cost)."""
    to_last = {int(r["year"]): float(r["value"]) for r in _rows("cpi.csv")}
    proxies = {r["key"]: _year(r["price_year"]) for r in _rows("proxies.csv")}
    labour = {r["sector"]: _year(r["price_year"]) for r in _rows("sector_figures.csv")
              if r["figure"] == "labour_cost_per_fte"}
    return to_last, proxies, labour


def price_index(to_year: int, from_year: int | None) -> float:
    """CPI[to] / CPI[from] = factor(from → last) / factor(to → last); 1 when not known."""
    to_last = price_data()[0]
    if from_year not in to_last or to_year not in to_last:
        return 1.0
    return to_last[from_year] / to_last[to_year]


def no_sector(value) -> bool:
    """None, NaN (an empty table cell) and blank text all mean: no sector."""
    return value is None or value != value or (isinstance(value, str) and not value.strip())


def _parameter_row(key: str) -> dict[str, str]:
    """A parameters.csv row, read with the csv module (not the package)."""
    import csv
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "impactkaart" / "data" / "parameters.csv"
    with path.open(encoding="utf-8") as handle:
        return next(r for r in csv.DictReader(handle) if r["key"] == key)


def _hour_value() -> float:
    """parameters.csv's in_kind_hour_value."""
    return float(_parameter_row("in_kind_hour_value")["value"])


def _hour_value_price_year() -> int | None:
    return _year(_parameter_row("in_kind_hour_value")["price_year"])


# Discounting conventions (method § 3), written out here apart from core/conventions.py:
# the parameters.csv row of each one's default rate, and whether year 1 is discounted.
_CONVENTION_RATE_ROW = {"mkba": "discount_rate", "zorginstituut_2024": "discount_rate_zin_costs",
                        "sroi_value_map": "discount_rate_green_book"}
_END_OF_YEAR = {"sroi_value_map"}


def intakes(effects: list[dict]) -> list[dict]:
    """Each effect as the rows it stands for (docs/method.md, "Cohorts"): one per cohort,
    with the cohort's start year and its part of the effect's quantity, every other field
    the effect's; an effect without cohorts as it is."""
    rows = []
    for e in effects:
        cohorts = e.get("cohorts") or []
        planned = sum(c["quantity"] for c in cohorts)
        total = e.get("quantity", planned)
        for c in cohorts:
            part = c["quantity"] / planned if planned > 0 else 1 / len(cohorts)
            rows.append({**e, "start_year": c["start_year"], "quantity": total * part})
        if not cohorts:
            rows.append(e)
    return rows


def oracle(project: dict, sector_figures: dict[str, dict[str, float]], default_rate: float) -> dict:
    project = {**project, "effects": intakes(project.get("effects", []))}
    convention = project.get("discount_convention", "mkba")
    if convention != "mkba":
        default_rate = float(_parameter_row(_CONVENTION_RATE_ROW[convention])["value"])
    r = project.get("discount_rate", default_rate)
    offset = 1 if convention in _END_OF_YEAR else 0
    to_last, proxy_years, labour_years = price_data()
    price_year = project.get("price_year", max(to_last))
    # the reference's labour costs in the project's price level; its own sectors are already
    figures = {k: {**v, "labour_cost_per_fte": v["labour_cost_per_fte"]
                   * price_index(price_year, labour_years.get(k))}
               for k, v in sector_figures.items()}
    for s in project.get("sectors", []):
        figures[s["sector"]] = s

    def discount(year: int) -> float:
        return 1.0 / (1.0 + r) ** (year - 1 + offset)

    horizon = project["years"]
    for e in project.get("effects", []):
        horizon = max(horizon, e.get("start_year", 1) + e["duration"] - 1)

    by_year = {y: {"costs": 0.0, "benefits": 0.0, "costs_pv": 0.0, "benefits_pv": 0.0,
                   "transfers": 0.0, "transfers_pv": 0.0}
               for y in range(1, horizon + 1)}
    party: dict[str, dict[str, float]] = {}
    labour: dict[tuple[str, int], dict[str, float]] = {}

    for c in project.get("costs", []):
        row = by_year[c["year"]]
        row["costs"] += c["amount"]
        row["costs_pv"] += c["amount"] * discount(c["year"])
        p = party.setdefault(c["financier"], {"pv_benefits": 0.0, "pv_costs": 0.0})
        p["pv_costs"] += c["amount"] * discount(c["year"])

    # In-kind inputs (method § 15): when counted, a cost of their provider in each of their
    # years: hours × value per hour (default: parameters.csv in_kind_hour_value) or amount.
    for line in project.get("in_kind", []) if project.get("count_in_kind", True) else []:
        if line.get("amount") is not None:
            value = line["amount"]
        else:
            # the library's hour value is indexed to the project's price level; an own one is in it
            # (a line at exactly the library's value is that figure, method § 15)
            hour = line.get("value_per_hour", _hour_value())
            if hour == _hour_value():
                hour = hour * price_index(price_year, _hour_value_price_year())
            value = line["hours"] * hour
        for year in line.get("years") or range(1, project["years"] + 1):
            by_year[year]["costs"] += value
            by_year[year]["costs_pv"] += value * discount(year)
            p = party.setdefault(line["provider"], {"pv_benefits": 0.0, "pv_costs": 0.0})
            p["pv_costs"] += value * discount(year)

    for e in project.get("effects", []):
        start = e.get("start_year", 1)
        # the proxy's price year: its own, else the library row's, else the project's
        proxy_year = e.get("proxy_price_year")
        if proxy_year is None:
            proxy_year = proxy_years.get(e["proxy_key"]) if e.get("proxy_key") else price_year
        proxy = e["proxy"] * price_index(price_year, proxy_year)
        for k in range(1, e["duration"] + 1):
            year = start + k - 1
            units = (
                e["quantity"]
                * (1 - e["deadweight"])
                * (1 - e.get("displacement", 0.0))
                * (1 - e["attribution"])
                * (1 - e.get("drop_off", 0.0)) ** (k - 1)
            )
            value = units * proxy
            # A transfer is no gain for society: its own column, and in the party table
            # a gain for the stakeholder and the same loss for the party it comes from.
            transfer = e.get("transfer", False)
            column = "transfers" if transfer else "benefits"
            by_year[year][column] += value
            by_year[year][column + "_pv"] += value * discount(year)
            p = party.setdefault(e["stakeholder"], {"pv_benefits": 0.0, "pv_costs": 0.0})
            p["pv_benefits"] += value * discount(year)
            if transfer:
                loser = party.setdefault(e.get("transfer_from", "deelnemer"),
                                         {"pv_benefits": 0.0, "pv_costs": 0.0})
                loser["pv_benefits"] -= value * discount(year)
            sector = e.get("sector")
            if not no_sector(sector):
                sector = sector.strip()
                f = figures[sector]
                if e.get("hours_per_unit") is not None:
                    hours = units * e["hours_per_unit"]
                    fte = hours / f["productive_hours_per_fte"]
                else:
                    fte = value * f["labour_share"] / f["labour_cost_per_fte"]
                    hours = fte * f["productive_hours_per_fte"]
                cell = labour.setdefault((sector, year), {"hours": 0.0, "fte": 0.0})
                cell["hours"] += hours
                cell["fte"] += fte

    pv_b = sum(y["benefits_pv"] for y in by_year.values())
    pv_c = sum(y["costs_pv"] for y in by_year.values())
    pv_t = sum(y["transfers_pv"] for y in by_year.values())
    # Payback: the first year, once something has been paid, from which the cumulative
    # net benefit never again drops below zero (half a cent of rounding allowed).
    payback = None
    cum_b = cum_c = 0.0
    for y in range(1, horizon + 1):
        cum_b += by_year[y]["benefits_pv"]
        cum_c += by_year[y]["costs_pv"]
        if cum_b - cum_c < -MIN_COST:
            payback = None
        elif payback is None and cum_c >= MIN_COST:
            payback = y
    if pv_c < MIN_COST:
        payback = None
    return {
        "pv_benefits": pv_b,
        "pv_costs": pv_c,
        "npv": pv_b - pv_c,
        "pv_transfers": pv_t,
        "rendementsfactor": pv_b / pv_c if pv_c >= MIN_COST else None,
        "payback_year": payback,
        "by_year": by_year,
        "by_party": {
            name: {
                **v,
                "rendement": v["pv_benefits"] / v["pv_costs"] if v["pv_costs"] >= MIN_COST else None,
            }
            for name, v in party.items()
        },
        "labour": labour,
    }
