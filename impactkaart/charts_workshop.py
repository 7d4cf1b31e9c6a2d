"""Workshop charts: an attendee's impact chain, and what the room names most.

The impact chain reads left to right, as the attendee designed it: who
notices something (stakeholder) → what changes for them (outcome, with its
indicator in the tooltip) → what it is worth. The worth is the engine's
present value of that effect (``ProjectResult.effects``); an outcome that is
not complete yet stands in the chain without a value and says what it still
needs. Nothing is computed here.

Same conventions as `impactkaart.charts`: Dutch number texts (babel),
Okabe–Ito colours, SVG, `finish` for locale and fonts.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from impactkaart import i18n
from impactkaart.charts import BENEFIT_COLOUR, finish, palette
from impactkaart.engine import ProjectResult
from impactkaart.labels import party_label
from impactkaart.workshop_design import DesignedMap

# x positions (data units) of the three columns of the chain.
WHO = (0.0, 1.0)
WHAT = (1.15, 2.6)
WORTH = 2.75
WORTH_WIDTH = 0.55
RIGHT = WORTH + WORTH_WIDTH + 0.6  # room for the value text after the longest bar
HEADERS = ("Wie merkt het?", "Wat verandert er?", "Waarde")
CHAIN_COLUMNS = ["row", "stakeholder", "stakeholder_label", "outcome", "indicator", "counted",
                 "value", "value_text", "missing_text", "short", "colour", "description"]


def chain_data(designed: DesignedMap, result: ProjectResult, lang: str = "nl") -> pd.DataFrame:
    """One row per outcome, in the order of the design, with the engine's value if counted."""
    values = dict(zip(result.effects["effect"].astype(int), result.effects["pv_benefits"]))
    stakeholders = list(dict.fromkeys(o.stakeholder for o in designed.outcomes))
    colours = dict(zip(stakeholders, palette(len(stakeholders))))
    rows = []
    for row, status in enumerate(designed.outcomes):
        value = float(values.get(status.effect, 0.0)) if status.counted else None
        who = party_label(status.stakeholder, lang) if status.stakeholder else "(wie?)"
        what = status.outcome or "(wat verandert er?)"
        value_text = i18n.euro(value, lang) if value is not None else ""
        missing = "nog nodig: " + ", ".join(status.missing) if status.missing else ""
        short = "nog niet meegeteld" if status.missing else ""
        rows.append({
            "row": row, "stakeholder": status.stakeholder, "stakeholder_label": who,
            "outcome": what, "indicator": status.indicator or "–", "counted": status.counted,
            "value": value, "value_text": value_text, "missing_text": missing, "short": short,
            "colour": colours[status.stakeholder],
            "description": f"{who} → {what} → {value_text or missing}",
        })
    return pd.DataFrame(rows, columns=CHAIN_COLUMNS)


def _share_of_width(units: float) -> alt.ExprRef:
    """A text limit in pixels for ``units`` of the x axis, whatever width the chart gets."""
    return alt.ExprRef(f"max(20, width * {units / RIGHT:.4f})")


def _boxes(frame: pd.DataFrame, x0: float, x1: float) -> pd.DataFrame:
    return frame.assign(x=x0, x2=x1, y=frame["row"] - 0.36, y2=frame["row"] + 0.36)


def chain_chart(data: pd.DataFrame, lang: str = "nl", big: bool = False) -> alt.TopLevelMixin:
    """Stakeholder → outcome → value, one line per outcome (see the module docstring)."""
    n = max(len(data), 1)
    font = 17 if big else 13
    xs = alt.Scale(domain=[0, RIGHT])
    ys = alt.Scale(domain=[-1.1, n - 0.4], reverse=True)
    x, y = alt.X("x:Q", scale=xs, axis=None), alt.Y("y:Q", scale=ys, axis=None)
    tooltip = [
        alt.Tooltip("stakeholder_label:N", title="Wie"),
        alt.Tooltip("outcome:N", title="Wat verandert er"),
        alt.Tooltip("indicator:N", title="Zo zie je het"),
        alt.Tooltip("value_text:N", title="Waarde (contant)"),
        alt.Tooltip("missing_text:N", title="Status"),
    ]
    # A stakeholder's box spans the rows of its outcomes.
    who = data.groupby("stakeholder", sort=False).agg(
        first=("row", "min"), last=("row", "max"), stakeholder_label=("stakeholder_label", "first"),
        colour=("colour", "first")).reset_index()
    who = who.assign(x=WHO[0], x2=WHO[1], y=who["first"] - 0.36, y2=who["last"] + 0.36,
                     middle=(who["first"] + who["last"]) / 2, text_x=WHO[0] + 0.04)
    what = _boxes(data, *WHAT).assign(text_x=WHAT[0] + 0.04)
    counted = data.loc[data["counted"]]
    top = float(counted["value"].max()) if len(counted) and counted["value"].max() > 0 else 1.0
    worth = counted.assign(
        x=WORTH, x2=WORTH + WORTH_WIDTH * counted["value"].clip(lower=0) / top,
        y=counted["row"] - 0.22, y2=counted["row"] + 0.22)
    worth = worth.assign(text_x=worth["x2"] + 0.04)
    waiting = data.loc[~data["counted"]].assign(text_x=WORTH)
    links = pd.concat([
        data.merge(who[["stakeholder", "middle"]], on="stakeholder").assign(
            x=WHO[1], x2=WHAT[0], y=lambda f: f["middle"], y2=lambda f: f["row"]),
        counted.assign(x=WHAT[1], x2=WORTH, y=counted["row"], y2=counted["row"]),
    ], ignore_index=True)
    headers = pd.DataFrame({"x": [WHO[0], WHAT[0], WORTH], "y": [-0.85] * 3, "text": HEADERS})

    layers = [
        alt.Chart(links).mark_rule(color="#888", strokeWidth=1.5).encode(
            x=x, x2="x2:Q", y=y, y2="y2:Q"),
        alt.Chart(who).mark_rect(cornerRadius=6, opacity=0.9).encode(
            x=x, x2="x2:Q", y=y, y2="y2:Q",
            color=alt.Color("colour:N", scale=None),
            tooltip=[alt.Tooltip("stakeholder_label:N", title="Wie")]),
        alt.Chart(who).mark_text(align="left", baseline="middle", color="white",
                                 fontWeight="bold", fontSize=font, limit=_share_of_width(WHO[1] - 0.1)
                                 ).encode(x=alt.X("text_x:Q", scale=xs, axis=None),
                                          y=alt.Y("middle:Q", scale=ys, axis=None),
                                          text="stakeholder_label:N"),
        alt.Chart(what).mark_rect(cornerRadius=6, fill="#f4f4f4", strokeWidth=2).encode(
            x=x, x2="x2:Q", y=y, y2="y2:Q",
            stroke=alt.Color("colour:N", scale=None),
            strokeDash=alt.condition("datum.counted", alt.value([1, 0]), alt.value([5, 3])),
            tooltip=tooltip, description=alt.Description("description:N")),
        alt.Chart(what).mark_text(align="left", baseline="middle", color="#222", fontSize=font,
                                  limit=_share_of_width(WHAT[1] - WHAT[0] - 0.1)).encode(
            x=alt.X("text_x:Q", scale=xs, axis=None),
            y=alt.Y("row:Q", scale=ys, axis=None), text="outcome:N", tooltip=tooltip),
        alt.Chart(worth).mark_rect(cornerRadius=3, color=BENEFIT_COLOUR).encode(
            x=x, x2="x2:Q", y=y, y2="y2:Q", tooltip=tooltip),
        alt.Chart(worth).mark_text(align="left", baseline="middle", color="#222", fontSize=font,
                                   fontWeight="bold").encode(
            x=alt.X("text_x:Q", scale=xs, axis=None),
            y=alt.Y("row:Q", scale=ys, axis=None), text="value_text:N"),
        alt.Chart(waiting).mark_text(align="left", baseline="middle", color="#666",
                                     fontSize=font - 2, fontStyle="italic",
                                     limit=_share_of_width(RIGHT - WORTH)).encode(
            x=alt.X("text_x:Q", scale=xs, axis=None),
            y=alt.Y("row:Q", scale=ys, axis=None), text="short:N", tooltip=tooltip),
        alt.Chart(headers).mark_text(align="left", baseline="middle", color="#444",
                                     fontSize=font - 1, fontWeight="bold",
                                     limit=_share_of_width(WHAT[0] - WHO[0] - 0.05)).encode(
            x=alt.X("x:Q", scale=xs, axis=None), y=alt.Y("y:Q", scale=ys, axis=None),
            text="text:N"),
    ]
    chart = alt.layer(*layers).properties(
        title=alt.TitleParams(
            "Impactketen", subtitle=["Waarde: contante waarde over de looptijd,",
                                     "na deadweight en toerekening"]),
        height=(120 if big else 110) + (70 if big else 56) * n,
    )
    return finish(chart, lang)


def named_data(counts: pd.DataFrame, label_column: str) -> pd.DataFrame:
    """Counts (label, attendees, outcomes) with the bar text, most named first."""
    frame = counts.sort_values(["attendees", "outcomes"], ascending=False, kind="stable")
    return frame.assign(
        text=[f"{a} deelnemer{'s' if a != 1 else ''}, {o} effect{'en' if o != 1 else ''}"
              for a, o in zip(frame["attendees"], frame["outcomes"])],
        label=frame[label_column]).reset_index(drop=True)


def named_chart(data: pd.DataFrame, title: str, subtitle: str,
                lang: str = "nl") -> alt.TopLevelMixin:
    """Horizontal bars: how many attendees name each stakeholder or sector."""
    base = alt.Chart(data).encode(
        y=alt.Y("label:N", sort=list(data["label"]), title=None, axis=alt.Axis(labelLimit=200)),
        x=alt.X("attendees:Q", title="aantal deelnemers", axis=alt.Axis(tickMinStep=1)),
        tooltip=[alt.Tooltip("label:N", title=" "), alt.Tooltip("text:N", title="Genoemd door")],
    )
    bars = base.mark_bar(color=palette(1)[0], cornerRadiusEnd=2)
    labels = base.mark_text(align="left", dx=4, fontSize=12, color="#222").encode(text="text:N")
    chart = alt.layer(bars, labels).properties(
        title=alt.TitleParams(title, subtitle=[subtitle]), height=90 + 30 * max(len(data), 1))
    return finish(chart, lang)
