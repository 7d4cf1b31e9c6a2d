"""Pure Altair chart builders for the Impactkaart: engine results in, charts and tables out.

Each view has three functions: ``*_data`` turns a `ProjectResult` (and the
project, where a party or sector must be looked up) into a tidy DataFrame,
``*_chart`` draws that frame, and ``*_table`` gives the same numbers with
readable column names for the table view. The frames keep each party's key
(``party``, ``sector``) for Python; only names in the chosen language are drawn. No figure is computed here that the
engine does not already give; these functions only regroup its output (for
example benefits per effect-year summed per party).

The conventions (selection, locale, palette, templates) are those of
`impactkaart.charts.base`, shared by every chart of the app.

Speed: a slider move redraws four charts, and building an Altair chart costs
tens of milliseconds (every call copies and validates the whole spec). So each
chart is built once per *shape* (language, selection, parties, colours, …) from
a named dataset, cached as a Vega-Lite template, and each rerun only fills in
the rows: ``*_spec`` gives that dict for the app, ``*_chart`` the same chart as
an Altair object for exports and tests.
"""

from __future__ import annotations

import functools
import json

import altair as alt
import numpy as np
import pandas as pd

from impactkaart.charts.base import (
    BENEFIT_COLOUR,
    COST_COLOUR,
    EURO_FORMAT,
    EXTRA_GREYS,
    NUMBER_FORMAT,
    OKABE_ITO,
    PROJECT_COLOUR,
    ROWS,
    Template,
    category_axis,
    category_step,
    finish,
    highlight,
    legend,
    named,
    palette,
    past_rules,
    rule_label,
    selection,
    text_px,
    title,
    value_room,
    value_scale,
    year_axis,
    year_label,
)
from impactkaart.core.engine import ProjectResult
from impactkaart.core.model import Project
from impactkaart.core.reference import Reference
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.names import party_label, sector_label


def key_colours(project: Project, result: ProjectResult) -> dict[str, str]:
    """A colour per party (benefits chart) and per sector (labour chart).

    A key that is both a party and a sector (``gemeente``, ``politie_justitie``)
    gets the same colour in both charts; the rest of each chart then takes the
    next colours in its own order, biggest first, so every chart starts with
    the clearest colours.
    """
    parties = beneficiaries(result)
    sectors = list(result.fte_by_sector().sort_values("fte", ascending=False, kind="stable")["sector"])
    shared = [k for k in parties if k in sectors]
    colours = dict(zip(shared, palette(len(shared))))
    for keys in (parties, sectors):
        own = [k for k in keys if k not in colours]
        colours.update(zip(own, palette(len(shared) + len(own))[len(shared):]))
    return colours



# --- wie investeert, wie profiteert ------------------------------------------------


def party_order(result: ProjectResult) -> list[str]:
    """Parties by the larger of what they pay and receive, largest first."""
    by_party = result.by_party
    size = np.maximum(by_party["pv_costs"], by_party["pv_benefits"])
    return list(by_party.assign(size=size).sort_values("size", ascending=False, kind="stable")["party"])


def who_invests_data(
    result: ProjectResult, lang: str = "nl", order: list[str] | None = None
) -> pd.DataFrame:
    """Two rows per party: what it pays (PV of costs) and receives (PV of benefits).

    ``order`` fixes the order of the parties (e.g. that of the saved project, so
    bars do not swap places while a slider moves); default `party_order`.
    """
    rank = {p: i for i, p in enumerate(order or party_order(result))}
    by_party = result.by_party
    parties = sorted(  # plain lists (a slider move redraws this); sorted() is stable
        zip(by_party["party"].tolist(), by_party["pv_costs"].tolist(),
            by_party["pv_benefits"].tolist()),
        key=lambda row: rank.get(row[0], len(rank)),
    )
    kinds = [(kind, t(kind, lang)) for kind in ("costs", "benefits")]
    columns = {name: [] for name in
               ("party", "label", "kind", "kind_label", "amount", "amount_text", "description")}
    for party, costs, benefits in parties:
        label = party_label(party, lang)
        for (kind, kind_label), amount in zip(kinds, (costs, benefits)):
            text = formats.euro(float(amount), lang)
            for name, value in (("party", party), ("label", label), ("kind", kind),
                                ("kind_label", kind_label), ("amount", float(amount)),
                                ("amount_text", text),
                                ("description", f"{label}: {kind_label.lower()} {text}")):
                columns[name].append(value)
    if not parties:  # no rows: the columns as an empty frame of records has them
        return pd.DataFrame([], columns=list(columns))
    return pd.DataFrame(columns)


WHO_COLUMNS = ["label", "kind", "kind_label", "amount", "amount_text", "description"]


@functools.lru_cache(maxsize=256)
def _who_invests_template(
    lang: str, selected: str | None, order: tuple[str, ...], room: int
) -> Template:
    picked = selection(party_label(selected, lang) if selected else None)
    kinds = [t("costs", lang), t("benefits", lang)]
    base = alt.Chart(named()).transform_filter("datum.amount > 0").encode(
        y=alt.Y("label:N", sort=list(order), title=None, axis=category_axis(order)),
        yOffset=alt.YOffset("kind_label:N", sort=kinds),
        x=alt.X(
            "amount:Q",
            title=t("amount_eur", lang),
            axis=alt.Axis(format=EURO_FORMAT, tickCount=5),
            scale=value_scale(room, nice=True),
        ),
        color=alt.Color(
            "kind_label:N", scale=alt.Scale(domain=kinds, range=[COST_COLOUR, BENEFIT_COLOUR]),
            legend=legend(kinds),
        ),
        opacity=highlight(picked),
        tooltip=[
            alt.Tooltip("label:N", title=t("party", lang)),
            alt.Tooltip("kind_label:N", title=" "),
            alt.Tooltip("amount_text:N", title=t("amount_eur", lang)),
        ],
        description=alt.Description("description:N"),
    )
    bars = base.mark_bar(cornerRadiusEnd=2, cursor="pointer").add_params(picked)
    labels = base.mark_text(align="left", dx=4, fontSize=12, color="#222").encode(
        text=alt.Text("amount_text:N")
    )
    chart = alt.layer(bars, labels).properties(
        title=title(t("who_invests_title", lang), t("who_invests_subtitle", lang)),
        height=category_step(order, groups=2),
    )
    return Template.of(finish(chart, lang))


def _who_invests(data: pd.DataFrame, lang: str, selected: str | None) -> Template:
    return _who_invests_template(lang, selected, tuple(dict.fromkeys(data["label"])),
                                 value_room(data["amount_text"], values=data["amount"]))


def who_invests_spec(data: pd.DataFrame, lang: str = "nl", selected: str | None = None) -> dict:
    """Grouped bars per party, costs against benefits; clicking a party selects it."""
    return _who_invests(data, lang, selected).spec(rows=data[WHO_COLUMNS])


def who_invests_chart(
    data: pd.DataFrame, lang: str = "nl", selected: str | None = None
) -> alt.TopLevelMixin:
    return _who_invests(data, lang, selected).chart_with(rows=data[WHO_COLUMNS])


def who_invests_table(
    result: ProjectResult, lang: str = "nl", order: list[str] | None = None
) -> pd.DataFrame:
    rank = {p: i for i, p in enumerate(order or party_order(result))}
    by_party = result.by_party.assign(
        rank=[rank.get(p, len(rank)) for p in result.by_party["party"]]
    ).sort_values("rank", kind="stable")
    return pd.DataFrame(
        {
            t("col_party", lang): [party_label(p, lang) for p in by_party["party"]],
            t("col_costs_pv", lang): by_party["pv_costs"].to_numpy(dtype=float),
            t("col_benefits_pv", lang): by_party["pv_benefits"].to_numpy(dtype=float),
            t("col_party_factor", lang): by_party["rendement"].to_numpy(dtype=float),
        }
    )


# --- baten door de tijd --------------------------------------------------------------


def _effect_parties(project: Project, result: ProjectResult) -> np.ndarray:
    """The stakeholder of each effect-year row of the engine's detail table."""
    stakeholders = np.array([e.stakeholder for e in project.effects], dtype=object)
    return stakeholders[result.effect_years["effect"].to_numpy()]


def beneficiaries(result: ProjectResult) -> list[str]:
    """Parties that receive benefits, largest first: the colour order of party charts."""
    by_party = result.by_party.loc[result.by_party["pv_benefits"] > 0]
    return list(by_party.sort_values("pv_benefits", ascending=False, kind="stable")["party"])


def benefits_over_time_data(
    project: Project, result: ProjectResult, lang: str = "nl", discounted: bool = False
) -> pd.DataFrame:
    """Benefits per party and project year (nominal, or present value when discounted)."""
    years = result.effect_years
    column = "benefits_pv" if discounted else "benefits"
    grouped = (
        pd.DataFrame({"party": _effect_parties(project, result), "year": years["year"],
                      "amount": years[column]})
        .groupby(["party", "year"], sort=True)["amount"].sum()
    )
    # The rest on plain lists (a slider move redraws this): year, then the colour order.
    order = {p: i for i, p in enumerate(beneficiaries(result))}
    rows = sorted(
        ((party, int(year), float(amount)) for (party, year), amount in grouped.items()
         if amount > 0),
        key=lambda row: (row[1], order.get(row[0], len(order))),
    )
    parties = [party for party, _, _ in rows]
    labels = [party_label(p, lang) for p in parties]
    year_labels = [year_label(y, project.start_year, lang) for _, y, _ in rows]
    texts = [formats.euro(a, lang) for _, _, a in rows]
    return pd.DataFrame({
        "party": parties,
        "year": pd.array([y for _, y, _ in rows], dtype="int64"),
        "amount": pd.array([a for _, _, a in rows], dtype="float64"),
        "label": labels,
        "year_label": year_labels,
        "amount_text": texts,
        "description": [f"{label}, {year}: {text}"
                        for label, year, text in zip(labels, year_labels, texts)],
    })


TIME_COLUMNS = ["label", "year", "year_label", "amount", "amount_text", "description"]


@functools.lru_cache(maxsize=256)
def _over_time_template(
    lang: str,
    discounted: bool,
    selected: str | None,
    parties: tuple[str, ...],
    labels: tuple[str, ...],
    colours: tuple[str, ...],
) -> Template:
    picked = selection(party_label(selected, lang) if selected else None)
    subtitle = t("over_time_subtitle_discounted" if discounted else "over_time_subtitle_nominal", lang)
    chart = (
        alt.Chart(named())
        .mark_bar(cursor="pointer")
        .encode(
            x=year_axis(),
            # One row per party and year already: no aggregate, so `label` stays
            # in the data and the selection can test it.
            y=alt.Y(
                "amount:Q", stack="zero", title=t("amount_eur", lang),
                axis=alt.Axis(format=EURO_FORMAT),
            ),
            color=alt.Color("label:N", scale=alt.Scale(domain=list(labels), range=list(colours)),
                            legend=legend(labels)),
            order=alt.Order("rank:Q"),
            opacity=highlight(picked),
            tooltip=[
                alt.Tooltip("label:N", title=t("party", lang)),
                alt.Tooltip("year_label:O", title=t("year", lang)),
                alt.Tooltip("amount_text:N", title=t("amount_eur", lang)),
            ],
            description=alt.Description("description:N"),
        )
        .transform_calculate(rank=_rank_expression(list(labels)))
        .add_params(picked)
        .properties(title=title(t("over_time_title", lang), subtitle), height=400)
    )
    return Template.of(finish(chart, lang))


def _over_time(
    data: pd.DataFrame,
    lang: str,
    discounted: bool,
    selected: str | None,
    colours: dict[str, str] | None,
) -> Template:
    present = list(dict.fromkeys(data["party"]))
    if colours is None:
        colours = dict(zip(present, palette(len(present))))
    missing = [p for p in present if p not in colours]  # e.g. a party a slider brought in
    colours = {**colours, **dict(zip(missing, EXTRA_GREYS * len(missing)))}
    parties = tuple(p for p in colours if p in set(present))
    return _over_time_template(
        lang,
        discounted,
        selected,
        parties,
        tuple(party_label(p, lang) for p in parties),
        tuple(colours[p] for p in parties),
    )


def benefits_over_time_spec(
    data: pd.DataFrame,
    lang: str = "nl",
    discounted: bool = False,
    selected: str | None = None,
    colours: dict[str, str] | None = None,
) -> dict:
    """Stacked bars per project year, one colour per party (see `key_colours`)."""
    return _over_time(data, lang, discounted, selected, colours).spec(rows=data[TIME_COLUMNS])


def benefits_over_time_chart(
    data: pd.DataFrame,
    lang: str = "nl",
    discounted: bool = False,
    selected: str | None = None,
    colours: dict[str, str] | None = None,
) -> alt.TopLevelMixin:
    return _over_time(data, lang, discounted, selected, colours).chart_with(
        rows=data[TIME_COLUMNS]
    )


def _rank_expression(labels: list[str]) -> str:
    """Stack order = legend order: a Vega expression mapping a party's name to its position."""
    return f"indexof({json.dumps(labels)}, datum.label)"


def benefits_over_time_table(
    project: Project, result: ProjectResult, lang: str = "nl"
) -> pd.DataFrame:
    nominal = benefits_over_time_data(project, result, lang, discounted=False)
    present = benefits_over_time_data(project, result, lang, discounted=True)
    merged = nominal.merge(
        present[["party", "year", "amount"]], on=["party", "year"], how="left", suffixes=("", "_pv")
    )
    return pd.DataFrame(
        {
            t("col_year", lang): merged["year_label"],
            t("col_party", lang): merged["label"],
            t("col_benefits_nominal", lang): merged["amount"],
            t("col_benefits_discounted", lang): merged["amount_pv"],
        }
    )


# --- arbeidsmarkteffecten ------------------------------------------------------------


def labour_data(
    project: Project,
    result: ProjectResult,
    lang: str = "nl",
    party: str | None = None,
    reference: Reference | None = None,
) -> pd.DataFrame:
    """FTE and hours saved per sector and project year; only one party's effects if given."""
    if party is None:
        frame = result.labour[["sector", "year", "hours", "fte"]].copy()
    else:
        sectors = np.array([e.sector for e in project.effects], dtype=object)
        years = result.effect_years.assign(
            party=_effect_parties(project, result),
            sector=sectors[result.effect_years["effect"].to_numpy()],
        )
        years = years.loc[(years["party"] == party) & years["sector"].notna()]
        frame = years.groupby(["sector", "year"], as_index=False, sort=False)[["hours", "fte"]].sum()
    frame = frame.loc[frame["fte"] > 0]
    totals = frame.groupby("sector")["fte"].sum().sort_values(ascending=False, kind="stable")
    rank = {s: i for i, s in enumerate(totals.index)}
    frame = frame.assign(rank=frame["sector"].map(rank)).sort_values(["year", "rank"])
    frame["label"] = [sector_label(s, lang, reference) for s in frame["sector"]]
    frame["year_label"] = [year_label(int(y), project.start_year, lang) for y in frame["year"]]
    frame["fte_text"] = [formats.number(float(f), lang, decimals=2) for f in frame["fte"]]
    frame["description"] = [
        f"{label}, {year}: {text} {t('fte_axis', lang)}"
        for label, year, text in zip(frame["label"], frame["year_label"], frame["fte_text"])
    ]
    return frame.reset_index(drop=True)


LABOUR_COLUMNS = ["label", "year", "year_label", "fte", "fte_text", "rank", "description"]


@functools.lru_cache(maxsize=256)
def _labour_template(
    lang: str, party: str | None, labels: tuple[str, ...], colours: tuple[str, ...]
) -> Template:
    subtitle = t("labour_subtitle", lang)
    if party:
        subtitle = [subtitle, t("labour_subtitle_party", lang, party=party_label(party, lang))]
    chart = (
        alt.Chart(named())
        .mark_bar()
        .encode(
            x=year_axis(),
            y=alt.Y("fte:Q", stack="zero", title=t("fte_axis", lang),
                    axis=alt.Axis(format=NUMBER_FORMAT)),
            color=alt.Color("label:N", scale=alt.Scale(domain=list(labels), range=list(colours)),
                            legend=legend(labels)),
            order=alt.Order("rank:Q"),
            tooltip=[
                alt.Tooltip("label:N", title=t("sector", lang)),
                alt.Tooltip("year_label:O", title=t("year", lang)),
                alt.Tooltip("fte_text:N", title=t("fte_axis", lang)),
            ],
            description=alt.Description("description:N"),
        )
        .properties(title=title(t("labour_title", lang), subtitle), height=400)
    )
    return Template.of(finish(chart, lang))


def _labour(
    data: pd.DataFrame, lang: str, party: str | None, colours: dict[str, str] | None
) -> Template:
    keys = list(dict.fromkeys(data.sort_values("rank")["sector"]))
    if colours is None:
        colours = dict(zip(keys, palette(len(keys))))
    names = dict(zip(data["sector"], data["label"]))
    return _labour_template(
        lang,
        party,
        tuple(names[k] for k in keys),
        tuple(colours.get(k, EXTRA_GREYS[0]) for k in keys),
    )


def labour_spec(
    data: pd.DataFrame,
    lang: str = "nl",
    party: str | None = None,
    colours: dict[str, str] | None = None,
) -> dict:
    """Stacked bars of FTE per project year, one colour per sector (see `key_colours`)."""
    return _labour(data, lang, party, colours).spec(rows=data[LABOUR_COLUMNS])


def labour_chart(
    data: pd.DataFrame,
    lang: str = "nl",
    party: str | None = None,
    colours: dict[str, str] | None = None,
) -> alt.TopLevelMixin:
    return _labour(data, lang, party, colours).chart_with(rows=data[LABOUR_COLUMNS])


def labour_table(data: pd.DataFrame, lang: str = "nl") -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("col_year", lang): data["year_label"],
            t("col_sector", lang): data["label"],
            t("col_hours", lang): data["hours"],
            t("col_fte", lang): data["fte"],
        }
    ).reset_index(drop=True)


# --- SEOR-benchmark ---------------------------------------------------------------------


def benchmark_data(
    result: ProjectResult, lang: str = "nl", party: str | None = None
) -> pd.DataFrame:
    """The project's rendementsfactor, and the selected party's own when it paid something."""
    rows = []
    if result.rendementsfactor is not None:
        rows.append(("project", t("this_project", lang), result.rendementsfactor))
    if party is not None:
        match = result.by_party.loc[result.by_party["party"] == party]
        if not match.empty and match["pv_costs"].iloc[0] > 0:
            rows.append(
                ("party", t("only_party", lang, party=party_label(party, lang)),
                 float(match["rendement"].iloc[0]))
            )
    frame = pd.DataFrame(rows, columns=["kind", "label", "value"])
    frame["value_text"] = [formats.factor(v, lang, decimals=1) for v in frame["value"]]
    return frame


VALUE_SIZE = 14  # px, bold: the benchmark's factors


@functools.lru_cache(maxsize=256)
def _benchmark_template(
    lang: str, n_cases: int | None, party_colour: str, labels: tuple[str, ...], benchmark: float,
    room: int,
) -> Template:
    # No fixed domain: the bars and the SEOR line share the x scale, so Vega fits
    # both; the scale ends `room` px early, so the value labels stay inside.
    x = alt.X(
        "value:Q",
        title=None,
        scale=value_scale(room, zero=True, nice=True),
        axis=alt.Axis(format=NUMBER_FORMAT, labelExpr="datum.label + '×'", tickCount=5),
    )
    bars = (
        alt.Chart(named())
        .mark_bar(height=26, cornerRadiusEnd=2)
        .encode(
            y=alt.Y("label:N", sort=list(labels), title=None, axis=category_axis(labels)),
            x=x,
            color=alt.Color(
                "kind:N",
                scale=alt.Scale(domain=["project", "party"], range=[PROJECT_COLOUR, party_colour]),
                legend=None,
            ),
            tooltip=[alt.Tooltip("label:N", title=" "), alt.Tooltip("value_text:N", title="×")],
        )
    )
    # After the bar, or after the SEOR line when the label would run into it.
    values = bars.mark_text(
        align="left", dx=past_rules("value", [benchmark]), fontSize=VALUE_SIZE, fontWeight="bold",
        color="#222",
    ).encode(text=alt.Text("value_text:N"), color=alt.value("#222"))
    rule = (
        alt.Chart(named("seor"))
        .mark_rule(color="#000", strokeDash=[6, 3], strokeWidth=2)
        .encode(x=alt.X("value:Q"))
    )
    # Above the plot: it never covers a bar or a value.
    rule_text = rule_label(rule).encode(text=alt.Text("text:N"))
    subtitle = t("benchmark_subtitle", lang, n=n_cases if n_cases else "")
    chart = alt.layer(bars, values, rule, rule_text).properties(
        title=title(t("benchmark_title", lang), subtitle),
        height=category_step(labels, minimum=50),
    )
    return Template.of(finish(chart, lang))


def _benchmark(
    data: pd.DataFrame, benchmark: float, lang: str, n_cases: int | None, party_colour: str
) -> tuple[Template, dict[str, pd.DataFrame]]:
    text = t("seor_average", lang, value=formats.factor(benchmark, lang))
    seor = pd.DataFrame({"value": [benchmark], "text": [text], "text_px": [text_px(text, 12)]})
    rows = data[["kind", "label", "value", "value_text"]].assign(
        text_px=[text_px(v, VALUE_SIZE, bold=True) for v in data["value_text"]])
    template = _benchmark_template(lang, n_cases, party_colour, tuple(data["label"]),
                                   float(benchmark), value_room(data["value_text"], VALUE_SIZE,
                                                                bold=True, values=data["value"]))
    return template, {ROWS: rows, "seor": seor}


def benchmark_spec(
    data: pd.DataFrame,
    benchmark: float,
    lang: str = "nl",
    n_cases: int | None = None,
    party_colour: str = OKABE_ITO[1],
) -> dict:
    """Bars for the project (and party, in its own colour) against a line at the SEOR average."""
    template, frames = _benchmark(data, benchmark, lang, n_cases, party_colour)
    return template.spec(**frames)


def benchmark_table(data: pd.DataFrame, benchmark: float, lang: str = "nl") -> pd.DataFrame:
    labels = [*data["label"], t("seor_average", lang, value="").strip()]
    return pd.DataFrame(
        {t("col_what", lang): labels, t("col_factor", lang): [*data["value"], benchmark]}
    )
