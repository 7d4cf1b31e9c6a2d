"""Every chart builder of the app, fed the data that makes labels collide.

Many categories with long names (parties, sectors, effects, projects, scenarios,
target groups, changes, stakeholders), small value ranges (a few euros, hundredths
of an FTE, attendees counted one or two) and factors close to the SEOR line. Each
entry of `BUILDERS` gives the Vega-Lite dict a builder returns for one language; the
data goes through the same engine and data functions the pages use.

`STREAMLIT_THEME` is what Streamlit 1.67 lays under a chart's own config
(``st.vega_lite_chart``/``st.altair_chart`` with the default theme, read from its
frontend bundle ``static/js/CustomTheme.*.js``): a spec's config wins where it says
something, and what it leaves open (label overlap, label limits, paddings) is
Streamlit's. The label tests render with it, as the browser does.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import pandas as pd

from impactkaart.cases import charts as case_charts
from impactkaart.charts import expost as expost_charts
from impactkaart.charts import impact
from impactkaart.core.engine import compute
from impactkaart.core.expost import compare as expost_compare
from impactkaart.core.model import parse_project
from impactkaart.monitoring import charts as monitoring_charts
from impactkaart.portfolio import charts as portfolio_charts
from impactkaart.portfolio.view import portfolio_view
from impactkaart.scenarios import charts as scenario_charts
from impactkaart.scenarios.copies import compare as scenario_compare
from impactkaart.text.names import party_label
from impactkaart.uncertainty import charts as uncertainty_charts
from impactkaart.uncertainty.montecarlo import monte_carlo
from impactkaart.uncertainty.ranges import with_default_ranges
from impactkaart.uncertainty.sensitivity import tornado
from impactkaart.workshop import charts as workshop_charts
from impactkaart.workshop.design import DesignedMap, OutcomeStatus

# Streamlit's rem sizes in px: fontSizes twoSm 12, sm 14, md 16; spacing twoXS 4, sm 8, lg 16.
STREAMLIT_THEME = {
    "font": '"Source Sans", sans-serif',
    "autosize": {"type": "fit", "contains": "padding"},
    "title": {"align": "left", "anchor": "start", "fontWeight": "bold", "fontSize": 16,
              "orient": "top", "offset": 26},
    "axis": {"labelFontSize": 12, "labelFontWeight": "normal", "titleFontWeight": "normal",
             "titleFontSize": 14, "ticks": False, "domain": False, "domainWidth": 1,
             "labelFlush": True, "labelFlushOffset": 1, "labelBound": False, "labelLimit": 100,
             "titlePadding": 16, "labelPadding": 16, "labelSeparation": 4, "labelOverlap": True},
    "legend": {"labelFontSize": 14, "labelFontWeight": "normal", "titleFontSize": 14,
               "titleFontWeight": "normal", "titlePadding": 8, "labelPadding": 16,
               "columnPadding": 8, "rowPadding": 4, "padding": 8, "symbolStrokeWidth": 4},
    "view": {"columns": 1, "strokeWidth": 0, "stroke": "transparent", "continuousHeight": 350,
             "continuousWidth": 400},
    "bar": {"binSpacing": 4, "discreteBandSize": {"band": 0.85}},
    "axisDiscrete": {"grid": False}, "axisXPoint": {"grid": False},
    "axisTemporal": {"grid": False}, "axisXBand": {"grid": False},
}

# Free keys are drawn as their readable selves ("Stichting welzijn …"): long names.
LONG_PARTY = "stichting_welzijn_en_maatschappelijke_dienstverlening_twente_oost"
LONG_FINANCIER = "woningcorporatie_de_samenwerkende_huurders_van_de_noordoostpolder"
LONG_SECTOR = "specialistische_jeugdhulp_en_gesloten_jeugdzorg_in_de_regio"
PARTIES = ["gemeente", "zorgverzekeraar", "politie_justitie", "deelnemer", "school",
           "woningcorporatie", LONG_PARTY]
SECTORS = ["zorg", "politie_justitie", "onderwijs", "gemeente", LONG_SECTOR]
OUTCOMES = [
    "minder bezoeken aan de huisarts vanwege psychosociale klachten en eenzaamheid",
    "minder overlast en ordeverstoring in de wijk",
    "minder verblijfsdagen in een justitiële jeugdinrichting na het eerste delict",
    "minder schoolvertraging (voorkomen extra schooljaar in het voortgezet onderwijs)",
    "minder instroom in de bijstand na school",
    "minder huisuitzettingen door huurachterstand",
    "minder inzet van specialistische jeugdhulp en gesloten jeugdzorg",
    "meer vrijwilligers",
    "minder crisisopnames",
]


def _crowded_project(name: str, scale: float = 1.0) -> dict:
    """Nine effects for seven parties in five sectors, a few euros each (costs € 1,50 a
    year): the euro axes span a few euros, the FTE axes hundredths."""
    effects = []
    for i, outcome in enumerate(OUTCOMES):
        effects.append({
            "outcome": outcome, "stakeholder": PARTIES[i % len(PARTIES)],
            "sector": SECTORS[i % len(SECTORS)], "quantity": 1.0 + i % 3,
            "proxy": round(0.35 * scale * (1 + i % 4) / (1 + i % 3), 2), "start_year": 1 + i % 2,
            "duration": 2, "deadweight": 0.1, "attribution": 0.2, "drop_off": 0.1,
            "hours_per_unit": 0.5 + i % 3, "quantity_ex_post": (2.0 + i % 2) if i % 3 else None,
        })
    return {
        "name": name, "project_type": "gezinswerk", "phase": "ex_ante", "start_year": 2025,
        "years": 3, "discount_rate": 0.0225,
        "costs": [{"year": y, "financier": f, "amount": a}
                  for y in (1, 2, 3) for f, a in (("gemeente", 1.0), (LONG_FINANCIER, 0.5))],
        "effects": effects,
        "sectors": [{"sector": LONG_SECTOR, "productive_hours_per_fte": 1400.0,
                     "labour_cost_per_fte": 65000.0, "labour_share": 0.5}],
    }


# Factors 0,6× to 3,7×, four of them just below the SEOR line (1,6×): where value labels
# ran under it.
PORTFOLIO = [
    ("Gezinswerk Twenterand (illustratief)", 2.4), ("Jongerenwerk in de wijk (illustratief)", 0.93),
    ("Thuisadministratie ouderen (illustratief)", 0.99),
    ("Thuisadministratie ouderen (illustratief) – scenario 150 % bereik", 1.02),
    ("Thuisadministratie ouderen (illustratief) – scenario € 50.000 extra", 0.4),
    ("Buurtsportcoach", 1.05), ("Schuldhulpmaatje Noordoostpolder en Urk", 0.6),
]


@functools.cache
def crowded():
    """The project, its result and the derived inputs every builder needs (built once)."""
    project = parse_project(_crowded_project(PORTFOLIO[0][0]))
    result = compute(project)
    portfolio = [parse_project(_crowded_project(name, scale)) for name, scale in PORTFOLIO]
    view = portfolio_view(list(enumerate(portfolio, start=1)))
    scenarios = [("Basis", portfolio[2]), (PORTFOLIO[3][0], portfolio[3]),
                 (PORTFOLIO[4][0], portfolio[4])]
    return {"project": project, "result": result, "view": view, "scenarios": scenarios,
            "expost": expost_compare(project),
            "ranged": with_default_ranges(project),
            "mc": monte_carlo(with_default_ranges(project), draws=500)}


def _designed(lang: str) -> tuple[DesignedMap, object]:
    data = crowded()
    # In a design the outcomes stand under their stakeholder: grouped by it.
    effects = sorted(enumerate(data["project"].effects), key=lambda ie: PARTIES.index(ie[1].stakeholder))
    outcomes = [OutcomeStatus(str(i), e.stakeholder, e.outcome, f"indicator {i}", (), i)
                for i, e in effects]
    outcomes.append(OutcomeStatus("x", LONG_PARTY, OUTCOMES[0] + " (nog niet af)", "",
                                  ("quantity", "deadweight"), None))
    return DesignedMap(data["project"], tuple(outcomes), False), data["result"]


def _cases_distribution(lang: str) -> dict:
    groups = ["ouderen met schulden en een klein sociaal netwerk", "jongeren 16–23 jaar",
              "gezinnen met meervoudige problematiek in de wijk", "alleenstaande ouders",
              "statushouders in hun eerste twee jaar in de gemeente", ""]
    rows = [{"code": f"C{i:02d}", "target_group": groups[i % len(groups)], "value": 0.4 * (i % 5),
             "investment": 1.0, "rendementsfactor": 0.4 * (i % 5)} for i in range(14)]
    frame = pd.DataFrame(rows)

    class Results:  # the one field distribution_data reads
        summary = frame
    return case_charts.distribution_chart(case_charts.distribution_data(Results, lang),
                                          lang=lang).to_dict()


def _cases_learning(lang: str) -> dict:
    labels = ["bezoeken aan de huisarts en de praktijkondersteuner", "schulden bij de woningcorporatie",
              "contact met de wijkagent na meldingen van overlast", "eenzaamheid (De Jong Gierveld)",
              "verzuim op school zonder geldige reden", "crisisopnames"]
    groups = ["ouderen met schulden en een klein sociaal netwerk", "jongeren 16–23 jaar",
              "gezinnen met meervoudige problematiek in de wijk"]
    rows = [{"label": label, "direction": "minder" if i % 2 else "meer",
             "target_group": groups[(i + j) % 3], "cases": 1 + (i + j) % 2}
            for i, label in enumerate(labels) for j in range(2)]
    return case_charts.learning_chart(pd.DataFrame(rows), lang=lang).to_dict()


def _named(lang: str) -> dict:
    labels = [party_label(p, lang) for p in PARTIES] + ["Buurtbewoners rond het winkelcentrum"]
    counts = pd.DataFrame({"label": labels, "attendees": [2, 2, 1, 1, 1, 1, 1, 1],
                           "outcomes": [3, 2, 2, 1, 1, 1, 1, 1]})
    return workshop_charts.named_chart(workshop_charts.named_data(counts, "label", lang),
                                       "Wie noemt de zaal", "aantal deelnemers", lang).to_dict()


def _who(lang: str) -> dict:
    d = crowded()
    return impact.who_invests_spec(impact.who_invests_data(d["result"], lang), lang)


def _over_time(lang: str) -> dict:
    d = crowded()
    return impact.benefits_over_time_spec(
        impact.benefits_over_time_data(d["project"], d["result"], lang), lang)


def _labour(lang: str) -> dict:
    d = crowded()
    return impact.labour_spec(impact.labour_data(d["project"], d["result"], lang), lang)


def _benchmark(lang: str) -> dict:
    d = crowded()
    # A party close to the project and both just below the SEOR line.
    data = impact.benchmark_data(d["result"], lang, party=LONG_FINANCIER)
    return impact.benchmark_spec(data, 1.6, lang, n_cases=14)


def _factor(lang: str, many: bool = False) -> dict:
    d = crowded()
    data = portfolio_charts.project_data(d["view"], lang)
    if many:  # past MAX_BARS: the histogram
        data = pd.concat([data] * (portfolio_charts.MAX_BARS // len(data) + 1), ignore_index=True)
    return portfolio_charts.factor_chart(data, d["view"].benchmark, lang).to_dict()


@functools.cache
def _scenarios(lang: str):
    return scenario_compare(crowded()["scenarios"], lang=lang)


@functools.cache
def _tornado(lang: str):
    return tornado(crowded()["ranged"], lang=lang)


def _monitoring_frame():
    """Six programmes with long names, four KPIs, twelve quarters: a crowded monitor."""
    from impactkaart.monitoring.library import library
    from impactkaart.monitoring.trends import measurement_frame

    kpis = library()
    names = [f"Programma {name}" for name in ("Jongerenwerk Oost en Noord", "Ouderen in de wijk",
                                              "Schuldhulp vroegsignalering", "Buurtkamer West",
                                              "Gezinscoach Twenterand", "Maatschappelijk werk")]
    keys = ["ouderen_eenzaam", "jongeren_bereik", "mw_zrm_gemiddeld", "gezin_schoolverzuim"]
    periods = [f"{y}-Q{q}" for y in (2023, 2024, 2025) for q in (1, 2, 3, 4)]
    rows = []
    for i, name in enumerate(names):
        for key in keys:
            for j, period in enumerate(periods):
                if kpis[key].is_share:
                    rows.append((name, key, period, 5 + (i + j) % 7, 24 + i, None, 0.2, 0.3, i))
                else:
                    rows.append((name, key, period, None, None, 3 + ((i * j) % 5) / 10, None, None, i))
    return measurement_frame(sorted(rows, key=lambda r: (r[0], r[1], r[2])), kpis), kpis


def _monitoring_trend(lang):
    from impactkaart.monitoring.trends import series_of

    frame, kpis = _monitoring_frame()
    series = series_of(frame, frame["programme"].iloc[0], "ouderen_eenzaam")
    return monitoring_charts.trend_chart(series, kpis["ouderen_eenzaam"], lang).to_dict()


def _monitoring_overview(lang):
    frame, kpis = _monitoring_frame()
    return monitoring_charts.overview_chart(frame, kpis, lang).to_dict()


BUILDERS: dict[str, Callable[[str], dict]] = {
    "monitoring.trend_chart": _monitoring_trend,
    "monitoring.overview_chart": _monitoring_overview,
    "impact.who_invests_spec": _who,
    "impact.benefits_over_time_spec": _over_time,
    "impact.labour_spec": _labour,
    "impact.benchmark_spec": _benchmark,
    "expost.expost_chart": lambda lang: expost_charts.expost_chart(
        expost_charts.expost_data(crowded()["expost"], lang), lang).to_dict(),
    "portfolio.factor_chart": _factor,
    "portfolio.factor_chart (histogram)": lambda lang: _factor(lang, many=True),
    "portfolio.bubble_chart": lambda lang: portfolio_charts.bubble_chart(
        portfolio_charts.project_data(crowded()["view"], lang), crowded()["view"].benchmark,
        lang).to_dict(),
    "portfolio.fte_sector_chart": lambda lang: portfolio_charts.fte_sector_chart(
        portfolio_charts.fte_sector_data(crowded()["view"], lang), lang).to_dict(),
    "workshop.chain_spec": lambda lang: workshop_charts.chain_spec(
        workshop_charts.chain_data(*_designed(lang), lang), lang),
    "workshop.named_chart": _named,
    "scenarios.benefits_by_party_chart": lambda lang: scenario_charts.benefits_by_party_chart(
        _scenarios(lang), lang).to_dict(),
    "scenarios.costs_by_party_chart": lambda lang: scenario_charts.costs_by_party_chart(
        _scenarios(lang), lang).to_dict(),
    "scenarios.fte_by_sector_chart": lambda lang: scenario_charts.fte_by_sector_chart(
        _scenarios(lang), lang).to_dict(),
    "cases.distribution_chart": _cases_distribution,
    "cases.learning_chart": _cases_learning,
    "uncertainty.tornado_chart": lambda lang: uncertainty_charts.tornado_chart(
        _tornado(lang), lang=lang).to_dict(),
    "uncertainty.histogram_chart": lambda lang: uncertainty_charts.histogram_chart(
        crowded()["mc"], lang).to_dict(),
}

# The modules whose public ``*_chart``/``*_spec`` functions draw a chart: a builder added
# to one of them and missing from BUILDERS fails tests/charts/test_labels.py.
MODULES = (impact, expost_charts, portfolio_charts, workshop_charts, scenario_charts, case_charts,
           uncertainty_charts, monitoring_charts)
