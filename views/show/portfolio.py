"""Portfolio: every saved project together, computed in one engine call.

Rendementsfactor per project against the SEOR average, total costs and
benefits, FTE saved per sector across the portfolio, and a cost–benefit
bubble chart: click a bubble to open that project's Impactkaart.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from impactkaart.portfolio.charts import PROJECT_PARAM
from impactkaart.text import formats
from views.components.portfolio_data import load_portfolio_page
from views.components.session import PROJECT_KEY

BUBBLE_KEY = "portfolio_bubbels"
PRESENT_SOURCE_KEY = "presentatie_bron"  # views/show/presentatie.py: -1 = all projects


def selected_project(event: object) -> int | None:
    """The project id in the bubble chart's selection event ({} or [{"id": …}])."""
    try:
        value = event.selection[PROJECT_PARAM]  # type: ignore[attr-defined]
    except (AttributeError, KeyError, TypeError):
        return None
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("id")
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


st.title("Portfolio: alle projecten samen")
page = load_portfolio_page()
if page is None:
    st.info("Nog geen projecten. Maak er een via *Nieuw project*.")
    st.stop()

view, data = page.view, page.data
n = len(view.projects)
factor = view.rendementsfactor
st.markdown(
    f"### Elke geïnvesteerde euro in deze {n} projecten levert "
    f"{formats.euro(factor, decimals=2) if factor is not None else '–'} op"
)
cols = st.columns(5)
cols[0].metric("Rendementsfactor (alle projecten)", formats.factor(factor, decimals=2),
               help="Som van alle baten ÷ som van alle kosten, elk project contant gemaakt naar "
                    "zijn eigen startjaar.")
cols[1].metric("Totale kosten", formats.euro(view.pv_costs), help="Contante waarde")
cols[2].metric("Totale baten", formats.euro(view.pv_benefits), help="Contante waarde")
cols[3].metric("Bespaarde arbeidstijd", f"{formats.number(view.fte_total, decimals=1)} fte")
cols[4].metric("Boven SEOR-gemiddelde", f"{view.n_above_benchmark} van {n}",
               help=f"SEOR-benchmark {formats.factor(view.benchmark)}: gemiddeld rendement van "
                    "sociaal werk.")
if st.button("Presenteer alle projecten", icon=":material/slideshow:", key="portfolio_presenteer"):
    st.session_state[PRESENT_SOURCE_KEY] = -1
    st.session_state["presentatie_dia"] = 0
    st.switch_page("views/show/presentatie.py")

# Cached Vega-Lite specs (views/components/portfolio_data.py): no re-serialising per rerun.
event = st.vega_lite_chart(spec=page.bubble_spec, key=BUBBLE_KEY, on_select="rerun",
                           selection_mode=[PROJECT_PARAM])
picked = selected_project(event)
if picked is not None and picked in view.ids:
    st.session_state[PROJECT_KEY] = picked
    st.switch_page("views/project/impactkaart.py")

st.vega_lite_chart(spec=page.factor_spec, key="portfolio_factor")
if page.fte_spec is None:
    st.info("Geen effecten met een sector: geen arbeidsmarkteffect te tonen.")
else:
    st.vega_lite_chart(spec=page.fte_spec, key="portfolio_fte")

table = pd.DataFrame({
    "Project": data["name"],
    "Type": data["type_label"],
    "Kosten (CW)": data["pv_costs"],
    "Baten (CW)": data["pv_benefits"],
    "Netto contante waarde": data["npv"],
    "Rendementsfactor": data["rendementsfactor"],
    "Bespaarde fte": data["fte_total"],
})
euro = lambda v: "–" if pd.isna(v) else formats.euro(float(v))  # noqa: E731
st.dataframe(
    table.style.format({
        "Kosten (CW)": euro, "Baten (CW)": euro, "Netto contante waarde": euro,
        "Rendementsfactor": lambda v: formats.factor(None if pd.isna(v) else float(v), decimals=2),
        "Bespaarde fte": lambda v: formats.number(float(v), decimals=1),
    }),
    hide_index=True,
)
st.caption(
    "Alle projecten in één berekening. Contante waarde per project aan het begin van dat "
    "project (jaar 1 niet verdisconteerd); bespaarde fte opgeteld over alle jaren."
)
