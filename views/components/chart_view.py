"""One chart with its table view and PNG/SVG downloads.

A switch 'Grafiek | Tabel' (a segmented control, not tabs) shows one of the two: only
the chosen view is built, so the table of a chart nobody looks at costs nothing on a
slider move. Not `st.tabs`: Streamlit's browser side redraws every element of the page on
each of the ~10 React commits a slider move brings, and a tab panel then also walks its
chart's whole SVG looking for a focusable child (measured: 15-19 ms of the browser's
125 ms per move with the four Impactkaart charts; docs/architecture.md, "Measured: where
a slider move goes in the browser"). The download files are made only when someone
clicks (a callable `data`) and are cached per chart spec, so moving a slider never waits
for vl-convert.

The rows go to the browser as Arrow, made here once per spec (`wire`) straight from
the rows with pyarrow: Streamlit would build a pandas frame of every dataset and
convert it on every rerun, which cost more than the engine on a slider move.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Callable, Iterable

import altair as alt
import pandas as pd
import pyarrow as pa
import streamlit as st

from impactkaart.charts.base import PARTY_FIELD, PARTY_PARAM, table_formatters
from impactkaart.io.exports.chart_files import to_png, to_svg
from impactkaart.text.catalogue import t
from impactkaart.text.names import party_label
from views.components.export_audit import audited


@st.cache_data(max_entries=64, show_spinner=False)
def _png(spec_json: str) -> bytes:
    return to_png(spec_json)


@st.cache_data(max_entries=64, show_spinner=False)
def _svg(spec_json: str) -> str:
    return to_svg(spec_json)


def _arrow(rows: list[dict]) -> bytes:
    """Records as Arrow IPC bytes, typed as Streamlit types them (a NaN is a null, a
    missing field too, columns in order of appearance)."""
    names = list(dict.fromkeys(name for row in rows for name in row))
    table = pa.table({
        name: pa.array([None if isinstance(v := row.get(name), float) and math.isnan(v) else v
                        for row in rows])
        for name in names
    })
    sink = pa.BufferOutputStream()
    with pa.RecordBatchStreamWriter(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


@functools.lru_cache(maxsize=256)
def wire(spec_json: str) -> dict:
    """The spec as `st.vega_lite_chart` sends it: each dataset as Arrow bytes, which
    Streamlit passes on as they are. Kept per process by the spec's JSON: a rerun that
    draws the same chart (a click elsewhere, a slider moved back) converts nothing, and
    Streamlit only copies the dict's top level, so the cached one is never changed."""
    spec = json.loads(spec_json)
    datasets = spec.get("datasets")
    if isinstance(datasets, dict):
        for name, rows in datasets.items():
            try:
                datasets[name] = _arrow(rows) if isinstance(rows, list) else rows
            except (pa.ArrowInvalid, pa.ArrowTypeError):  # mixed types: Streamlit's own way
                pass
    return spec


def selected_party(event: object, parties: Iterable[str], lang: str = "nl") -> str | None:
    """The key (one of ``parties``) of the party clicked in a chart's selection event.

    The charts draw parties by name (``{}`` or ``[{"label": name}]`` per Streamlit), so the
    name is looked up among the names of ``parties`` in the language the chart was drawn in.
    """
    try:
        value = event.selection[PARTY_PARAM]  # type: ignore[attr-defined]
    except (AttributeError, KeyError, TypeError):
        return None
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get(PARTY_FIELD)
    if not isinstance(value, str):
        return None
    return {party_label(p, lang): p for p in parties}.get(value)


def show(
    chart: alt.TopLevelMixin | dict,
    table: pd.DataFrame | Callable[[], pd.DataFrame],
    key: str,
    file_name: str,
    lang: str = "nl",
    on_select: Callable[[], None] | None = None,
) -> None:
    """The chart (or its table) and two download buttons.

    ``table`` may be a callable: it then runs only when the table tab is open.
    ``chart`` may be an Altair chart or a Vega-Lite spec dict (the fast path,
    see `impactkaart.charts.base`).
    """
    # The charts are ours and tested (tests/charts/test_charts.py): skip Altair's schema
    # validation, which costs more than everything else on a rerun.
    spec = chart if isinstance(chart, dict) else chart.to_dict(validate=False)
    spec_json = json.dumps(spec)
    views = {"chart": t("chart", lang), "table": t("table", lang)}
    view = st.segmented_control(
        t("chart_view.show_as", lang), list(views), format_func=views.get, default="chart",
        required=True,  # a click on the chosen view keeps it chosen (never neither)
        key=f"{key}_view", label_visibility="collapsed",
    )
    if view == "table":
        frame = table() if callable(table) else table
        st.dataframe(frame.style.format(table_formatters(frame, lang)), hide_index=True)
    elif on_select is None:
        st.vega_lite_chart(wire(spec_json), key=key)
    else:
        st.vega_lite_chart(wire(spec_json), key=key, on_select=on_select,
                           selection_mode=[PARTY_PARAM])
    buttons = st.container(horizontal=True)
    buttons.download_button(
        t("download_png", lang),
        data=audited(lambda: _png(spec_json), f"{file_name}.png"),
        file_name=f"{file_name}.png",
        mime="image/png",
        key=f"{key}_png",
        on_click="ignore",
        icon=":material/download:",
    )
    buttons.download_button(
        t("download_svg", lang),
        data=audited(lambda: _svg(spec_json), f"{file_name}.svg"),
        file_name=f"{file_name}.svg",
        mime="image/svg+xml",
        key=f"{key}_svg",
        on_click="ignore",
        icon=":material/download:",
    )
