"""Workshop charts: an attendee's impact chain, and what the room names most.

The impact chain reads left to right, as the attendee designed it: who
notices something (stakeholder) → what changes for them (outcome, with its
indicator in the tooltip) → what it is worth. The worth is the engine's
present value of that effect (``ProjectResult.effects``); an outcome that is
not complete yet stands in the chain without a value and says what it still
needs. Nothing is computed here.

Same conventions as `impactkaart.charts.impact`: words from the catalogue and
number texts (babel) in the chosen language, Okabe–Ito colours, SVG, `finish`
for locale and fonts.
"""

from __future__ import annotations

import functools

import altair as alt
import pandas as pd

from impactkaart.charts.base import (
    BENEFIT_COLOUR,
    ROWS,
    Template,
    category_axis,
    category_step,
    count_axis,
    finish,
    palette,
    title,
    value_room,
    value_scale,
)
from impactkaart.core.engine import ProjectResult
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.names import party_label
from impactkaart.workshop.design import DesignedMap

# x positions (data units) of the three columns of the chain.
WHO = (0.0, 1.0)
WHAT = (1.15, 2.6)
WORTH = 2.75
WORTH_WIDTH = 0.55
RIGHT = WORTH + WORTH_WIDTH + 0.6  # room for the value text after the longest bar
HEADERS = ("workshop.chain.who", "workshop.chain.what", "workshop.chain.worth")  # catalogue keys
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
        who = (party_label(status.stakeholder, lang) if status.stakeholder
               else t("workshop.who_blank", lang))
        what = status.outcome or t("workshop.what_blank", lang)
        value_text = formats.euro(value, lang) if value is not None else ""
        missing = (t("workshop.chain.still_needed", lang,
                     needs=", ".join(status.missing_text(lang))) if status.missing else "")
        short = t("workshop.chain.not_counted", lang) if status.missing else ""
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


_BLANK = {"part": "", "x": 0.0, "x2": 0.0, "y": 0.0, "y2": 0.0, "middle": 0.0, "text_x": 0.0,
          "row": 0, "counted": False, "colour": "", "text": "", "stakeholder_label": "",
          "outcome": "", "indicator": "", "value_text": "", "missing_text": "", "short": "",
          "description": ""}


def chain_rows(data: pd.DataFrame, lang: str = "nl") -> pd.DataFrame:
    """Every mark of the chain as one table (``part`` says which layer draws the row), in
    data units. Plain Python over a handful of outcomes: pandas per rerun costs more."""
    records = data.to_dict("records")
    rows: list[dict] = [{**_BLANK, "part": "header", "x": x, "y": -0.85, "text": t(header, lang)}
                        for x, header in zip((WHO[0], WHAT[0], WORTH), HEADERS)]
    spans: dict[str, list] = {}
    for r in records:
        first, last, label, colour = spans.get(r["stakeholder"], (r["row"], r["row"], None, None))
        spans[r["stakeholder"]] = (min(first, r["row"]), max(last, r["row"]),
                                   label or r["stakeholder_label"], colour or r["colour"])
    middle = {}
    for key, (first, last, label, colour) in spans.items():
        middle[key] = (first + last) / 2
        rows.append({**_BLANK, "part": "who", "x": WHO[0], "x2": WHO[1], "y": first - 0.36,
                     "y2": last + 0.36, "middle": middle[key], "text_x": WHO[0] + 0.04,
                     "stakeholder_label": label, "colour": colour})
    values = [r["value"] for r in records if r["counted"]]
    top = max(values) if values and max(values) > 0 else 1.0
    for r in records:
        texts = {k: r[k] for k in ("stakeholder_label", "outcome", "indicator", "value_text",
                                   "missing_text", "short", "description")}
        common = {**_BLANK, **texts, "row": r["row"], "counted": bool(r["counted"]),
                  "colour": r["colour"]}
        rows.append({**_BLANK, "part": "link", "x": WHO[1], "x2": WHAT[0],
                     "y": middle[r["stakeholder"]], "y2": float(r["row"])})
        rows.append({**common, "part": "what_counted" if r["counted"] else "what_waiting",
                     "x": WHAT[0], "x2": WHAT[1], "y": r["row"] - 0.36, "y2": r["row"] + 0.36,
                     "text_x": WHAT[0] + 0.04})
        if r["counted"]:
            end = WORTH + WORTH_WIDTH * max(float(r["value"]), 0.0) / top
            rows.append({**_BLANK, "part": "link", "x": WHAT[1], "x2": WORTH,
                         "y": float(r["row"]), "y2": float(r["row"])})
            rows.append({**common, "part": "worth", "x": WORTH, "x2": end, "y": r["row"] - 0.22,
                         "y2": r["row"] + 0.22, "text_x": end + 0.04})
        else:
            rows.append({**common, "part": "waiting", "text_x": WORTH})
    return pd.DataFrame(rows, columns=list(_BLANK))


@functools.lru_cache(maxsize=64)
def _chain_template(n: int, big: bool, lang: str) -> Template:
    """The chain for ``n`` outcomes on named, empty datasets: built and validated once per
    shape (building it costs a tenth of a second, and every save redraws it)."""
    font = 17 if big else 13
    xs = alt.Scale(domain=[0, RIGHT])
    ys = alt.Scale(domain=[-1.1, n - 0.4], reverse=True)
    x, y = alt.X("x:Q", scale=xs, axis=None), alt.Y("y:Q", scale=ys, axis=None)
    text_x, row = alt.X("text_x:Q", scale=xs, axis=None), alt.Y("row:Q", scale=ys, axis=None)
    tooltip = [
        alt.Tooltip("stakeholder_label:N", title=t("workshop.chain.tip_who", lang)),
        alt.Tooltip("outcome:N", title=t("workshop.chain.tip_what", lang)),
        alt.Tooltip("indicator:N", title=t("workshop.chain.tip_indicator", lang)),
        alt.Tooltip("value_text:N", title=t("workshop.chain.tip_worth", lang)),
        alt.Tooltip("missing_text:N", title=t("workshop.chain.tip_status", lang)),
    ]

    def chart(*parts):
        test = " || ".join(f"datum.part == '{part}'" for part in parts)
        return alt.Chart(alt.NamedData(name=ROWS)).transform_filter(test)

    layers = [
        chart("link").mark_rule(color="#888", strokeWidth=1.5).encode(
            x=x, x2="x2:Q", y=y, y2="y2:Q"),
        chart("who").mark_rect(cornerRadius=6, opacity=0.9).encode(
            x=x, x2="x2:Q", y=y, y2="y2:Q", color=alt.Color("colour:N", scale=None),
            tooltip=[alt.Tooltip("stakeholder_label:N", title=t("workshop.chain.tip_who", lang))]),
        chart("who").mark_text(align="left", baseline="middle", color="white", fontWeight="bold",
                               fontSize=font, limit=_share_of_width(WHO[1] - 0.1)).encode(
            x=text_x, y=alt.Y("middle:Q", scale=ys, axis=None), text="stakeholder_label:N"),
        *[chart(part).mark_rect(cornerRadius=6, fill="#f4f4f4", strokeWidth=2,
                                **({"strokeDash": [5, 3]} if part == "what_waiting" else {})
                                ).encode(x=x, x2="x2:Q", y=y, y2="y2:Q",
                                         stroke=alt.Color("colour:N", scale=None), tooltip=tooltip,
                                         description=alt.Description("description:N"))
          for part in ("what_counted", "what_waiting")],  # not complete yet: a dashed box
        chart("what_counted", "what_waiting").mark_text(
            align="left", baseline="middle", color="#222", fontSize=font,
            limit=_share_of_width(WHAT[1] - WHAT[0] - 0.1)).encode(
            x=text_x, y=row, text="outcome:N", tooltip=tooltip),
        chart("worth").mark_rect(cornerRadius=3, color=BENEFIT_COLOUR).encode(
            x=x, x2="x2:Q", y=y, y2="y2:Q", tooltip=tooltip),
        chart("worth").mark_text(align="left", baseline="middle", color="#222", fontSize=font,
                                 fontWeight="bold").encode(x=text_x, y=row, text="value_text:N"),
        chart("waiting").mark_text(align="left", baseline="middle", color="#666",
                                   fontSize=font - 2, fontStyle="italic",
                                   limit=_share_of_width(RIGHT - WORTH)).encode(
            x=text_x, y=row, text="short:N", tooltip=tooltip),
        chart("header").mark_text(align="left", baseline="middle", color="#444",
                                  fontSize=font - 1, fontWeight="bold",
                                  limit=_share_of_width(WHAT[0] - WHO[0] - 0.05)).encode(
            x=x, y=y, text="text:N"),
    ]
    layered = alt.layer(*layers).properties(
        title=alt.TitleParams(
            t("workshop.chain.title", lang), subtitle=[t("workshop.chain.subtitle_1", lang),
                                                       t("workshop.chain.subtitle_2", lang)]),
        height=(120 if big else 110) + (70 if big else 56) * n,
    )
    return Template.of(finish(layered, lang))


def chain_spec(data: pd.DataFrame, lang: str = "nl", big: bool = False) -> dict:
    """Stakeholder → outcome → value, one line per outcome (see the module docstring)."""
    return _chain_template(max(len(data), 1), big, lang).spec(rows=chain_rows(data, lang))


def _count_text(attendees: int, outcomes: int, lang: str) -> str:
    people = t("workshop.named.attendee" if attendees == 1 else "workshop.named.attendees", lang,
               n=attendees)
    effects = t("workshop.named.outcome" if outcomes == 1 else "workshop.named.outcomes", lang,
                n=outcomes)
    return f"{people}, {effects}"


def _count_lines(text: str) -> list[str]:
    """'2 deelnemers, 3 effecten' on two lines after its bar: one line left a narrow chart
    no room for the bars."""
    first, _, rest = text.partition(", ")
    return [f"{first},", rest] if rest else [first]


def named_data(counts: pd.DataFrame, label_column: str, lang: str = "nl") -> pd.DataFrame:
    """Counts (label, attendees, outcomes) with the bar text, most named first."""
    frame = counts.sort_values(["attendees", "outcomes"], ascending=False, kind="stable")
    return pd.DataFrame({  # only what the chart draws: a key in the spec would be Dutch
        "label": frame[label_column].to_list(), "attendees": frame["attendees"].to_list(),
        "outcomes": frame["outcomes"].to_list(),
        "text": [_count_text(int(a), int(o), lang)
                 for a, o in zip(frame["attendees"], frame["outcomes"])]})


def named_chart(data: pd.DataFrame, heading: str, subtitle: str,
                lang: str = "nl") -> alt.TopLevelMixin:
    """Horizontal bars: how many attendees name each stakeholder or sector."""
    order = list(data["label"])
    lines = [_count_lines(text) for text in data["text"]]
    data = data.assign(lines=lines)
    base = alt.Chart(data).encode(
        y=alt.Y("label:N", sort=order, title=None, axis=category_axis(order)),
        x=alt.X("attendees:Q", title=t("workshop.named.axis", lang),
                axis=count_axis(data["attendees"].max() if len(data) else 1),
                scale=value_scale(value_room([max(rows, key=len) for rows in lines],
                                             values=data["attendees"]))),
        tooltip=[alt.Tooltip("label:N", title=" "),
                 alt.Tooltip("text:N", title=t("workshop.named.by", lang))],
    )
    bars = base.mark_bar(color=palette(1)[0], cornerRadiusEnd=2)
    labels = base.mark_text(align="left", dx=4, fontSize=12, color="#222").encode(text="lines:N")
    chart = alt.layer(bars, labels).properties(title=title(heading, subtitle),
                                               height=category_step(order))
    return finish(chart, lang)


def without_verdict(spec: dict, colour: str = "#0072B2") -> dict:
    """The portfolio's factor chart for a room: one colour for every bar, no "boven/onder
    SEOR" legend (the SEOR line stays, as context; issue 20: no verdicts in a workshop)."""
    def walk(node):
        if isinstance(node, dict):
            encoding = node.get("encoding")
            if isinstance(encoding, dict) and isinstance(encoding.get("color"), dict) \
                    and encoding["color"].get("field") == "benchmark_label":
                del encoding["color"]
                mark = node.get("mark")
                node["mark"] = {**(mark if isinstance(mark, dict) else {"type": mark}),
                                "color": colour}
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        return node

    return walk(spec)
