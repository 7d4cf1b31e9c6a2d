"""A slow, independent oracle: plain Python loops over the formulas of docs/method.md (§§ 2–5).

It shares no code with impactkaart.core.engine: it reads the project dict itself
and walks every effect, year by year, the way one would on paper.
"""

from __future__ import annotations

MIN_COST = 0.005  # docs/method.md § 4: PV costs under half a cent count as nothing paid


def _hour_value() -> float:
    """parameters.csv's in_kind_hour_value, read with the csv module (not the package)."""
    import csv
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "impactkaart" / "data" / "parameters.csv"
    with path.open(encoding="utf-8") as handle:
        return next(float(r["value"]) for r in csv.DictReader(handle)
                    if r["key"] == "in_kind_hour_value")


def oracle(project: dict, sector_figures: dict[str, dict[str, float]], default_rate: float) -> dict:
    r = project.get("discount_rate", default_rate)
    figures = {k: dict(v) for k, v in sector_figures.items()}
    for s in project.get("sectors", []):
        figures[s["sector"]] = s

    def discount(year: int) -> float:
        return 1.0 / (1.0 + r) ** (year - 1)

    horizon = project["years"]
    for e in project.get("effects", []):
        horizon = max(horizon, e.get("start_year", 1) + e["duration"] - 1)

    by_year = {y: {"costs": 0.0, "benefits": 0.0, "costs_pv": 0.0, "benefits_pv": 0.0}
               for y in range(1, horizon + 1)}
    party: dict[str, dict[str, float]] = {}
    labour: dict[tuple[str, int], dict[str, float]] = {}

    for c in project.get("costs", []):
        row = by_year[c["year"]]
        row["costs"] += c["amount"]
        row["costs_pv"] += c["amount"] * discount(c["year"])
        p = party.setdefault(c["financier"], {"pv_benefits": 0.0, "pv_costs": 0.0})
        p["pv_costs"] += c["amount"] * discount(c["year"])

    # In-kind inputs (method § 12): when counted, a cost of their provider in each of their
    # years: hours × value per hour (default: parameters.csv in_kind_hour_value) or amount.
    for line in project.get("in_kind", []) if project.get("count_in_kind", True) else []:
        if line.get("amount") is not None:
            value = line["amount"]
        else:
            value = line["hours"] * line.get("value_per_hour", _hour_value())
        for year in line.get("years") or range(1, project["years"] + 1):
            by_year[year]["costs"] += value
            by_year[year]["costs_pv"] += value * discount(year)
            p = party.setdefault(line["provider"], {"pv_benefits": 0.0, "pv_costs": 0.0})
            p["pv_costs"] += value * discount(year)

    for e in project.get("effects", []):
        start = e.get("start_year", 1)
        for k in range(1, e["duration"] + 1):
            year = start + k - 1
            units = (
                e["quantity"]
                * (1 - e["deadweight"])
                * (1 - e.get("displacement", 0.0))
                * (1 - e["attribution"])
                * (1 - e.get("drop_off", 0.0)) ** (k - 1)
            )
            value = units * e["proxy"]
            by_year[year]["benefits"] += value
            by_year[year]["benefits_pv"] += value * discount(year)
            p = party.setdefault(e["stakeholder"], {"pv_benefits": 0.0, "pv_costs": 0.0})
            p["pv_benefits"] += value * discount(year)
            sector = e.get("sector")
            if sector is not None:
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
    payback = None
    cum_b = cum_c = 0.0
    for y in range(1, horizon + 1):
        cum_b += by_year[y]["benefits_pv"]
        cum_c += by_year[y]["costs_pv"]
        if cum_c >= MIN_COST and cum_b >= cum_c:
            payback = y
            break
    return {
        "pv_benefits": pv_b,
        "pv_costs": pv_c,
        "npv": pv_b - pv_c,
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
