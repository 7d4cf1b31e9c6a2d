"""One chart with its table view and PNG/SVG downloads.

The download files are made only when someone clicks (a callable `data`), and
cached per chart spec, so moving a slider never waits for vl-convert.
"""

from __future__ import annotations

from collections.abc import Callable

import altair as alt
import pandas as pd
import streamlit as st

from impactkaart.charts import PARTY_PARAM, table_formatters
from impactkaart.io.chart_export import to_png, to_svg
from impactkaart.labels import t


@st.cache_data(max_entries=64, show_spinner=False)
def _png(spec_json: str) -> bytes:
    return to_png(spec_json)


@st.cache_data(max_entries=64, show_spinner=False)
def _svg(spec_json: str) -> str:
    return to_svg(spec_json)


def selected_party(event: object) -> str | None:
    """The party key in a chart's selection event ({} or [{"party": …}] per Streamlit)."""
    try:
        value = event.selection[PARTY_PARAM]  # type: ignore[attr-defined]
    except (AttributeError, KeyError, TypeError):
        return None
    if isinstance(value, dict):
        value = value.get("party", value.get("vlPoint"))
        if isinstance(value, dict):
            value = value.get("or")
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("party")
    return value if isinstance(value, str) else None


def show(
    chart: alt.TopLevelMixin,
    table: pd.DataFrame,
    key: str,
    file_name: str,
    lang: str = "nl",
    on_select: Callable[[], None] | None = None,
) -> None:
    """Tabs 'Grafiek | Tabel' and two download buttons under them."""
    chart_tab, table_tab = st.tabs([t("chart", lang), t("table", lang)])
    with chart_tab:
        if on_select is None:
            st.altair_chart(chart, key=key)
        else:
            st.altair_chart(
                chart, key=key, on_select=on_select, selection_mode=[PARTY_PARAM]
            )
    with table_tab:
        styled = table.style.format(table_formatters(table, lang))
        st.dataframe(styled, hide_index=True)
    spec = chart.to_json
    buttons = st.container(horizontal=True)
    buttons.download_button(
        t("download_png", lang),
        data=lambda: _png(spec()),
        file_name=f"{file_name}.png",
        mime="image/png",
        key=f"{key}_png",
        on_click="ignore",
        icon=":material/download:",
    )
    buttons.download_button(
        t("download_svg", lang),
        data=lambda: _svg(spec()),
        file_name=f"{file_name}.svg",
        mime="image/svg+xml",
        key=f"{key}_svg",
        on_click="ignore",
        icon=":material/download:",
    )
