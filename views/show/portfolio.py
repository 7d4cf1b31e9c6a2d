"""Portfolio: every saved project together, computed in one engine call.

Real projects only, unless the user switches on the scenarios or the workshop
designs; the page says what it counted and what it left out.

Rendementsfactor per project against the SEOR average, total costs and
benefits, FTE saved per sector across the portfolio, and a cost–benefit
bubble chart: click a bubble to open that project's Impactkaart.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from impactkaart.portfolio.charts import PROJECT_PARAM
from impactkaart.portfolio.view import scope_text
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.presentation import seor_context_help
from views.components import org_benchmark, pages
from views.components.page import open_page
from views.components.portfolio_data import load_portfolio_page, load_scope, scope_toggles
from views.components.session import PROJECT_KEY, get_store, page_key

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


# The portfolio shows every project: no picker. The title first, so it is there however
# long the portfolio takes to load.
lang = open_page("show.portfolio.title", needs_project=False).lang
scope = load_scope()
if scope is None:
    st.info(t("show.portfolio.no_projects", lang))
    st.stop()
page = load_portfolio_page(lang)
if page is None:
    st.info(t("nav.portfolio.none_counted", lang))
    scope_toggles(scope, lang)
    st.stop()

view, data = page.view, page.data
n = len(view.projects)
factor = view.rendementsfactor
# The factor as a factor (2,34×), as in the metric below: worded as euros it read as a
# different figure beside the metric.
st.markdown(t("nav.portfolio.headline_one" if n == 1 else "nav.portfolio.headline_many", lang,
              n=n, factor=formats.factor(factor, lang, decimals=2)))
st.caption(t("nav.portfolio.counted", lang, scope=scope_text(page.scope, lang)))
scope_toggles(scope, lang)
cols = st.columns(5)
pv = t("show.portfolio.pv", lang)
cols[0].metric(t("show.portfolio.factor", lang), formats.factor(factor, lang, decimals=2),
               help=t("show.portfolio.factor_help", lang))
cols[1].metric(t("show.portfolio.costs", lang), formats.euro(view.pv_costs, lang), help=pv)
cols[2].metric(t("show.portfolio.benefits", lang), formats.euro(view.pv_benefits, lang), help=pv)
cols[3].metric(t("show.portfolio.fte", lang), t("show.portfolio.fte_value", lang,
                                               fte=formats.number(view.fte_total, lang, decimals=1)))
cols[4].metric(t("seor_context.metric", lang), formats.factor(view.benchmark, lang),
               help=seor_context_help(lang))  # context, not a pass mark (issue 15 item 8)
if st.button(t("show.portfolio.present", lang), icon=":material/slideshow:",
             key="portfolio_presenteer"):
    st.session_state[PRESENT_SOURCE_KEY] = -1
    st.session_state["presentatie_dia"] = 0
    pages.go("views/show/presentatie.py")

# Cached Vega-Lite specs (views/components/portfolio_data.py): no re-serialising per rerun.
event = st.vega_lite_chart(spec=page.bubble_spec, key=page_key(BUBBLE_KEY), on_select="rerun",
                           selection_mode=[PROJECT_PARAM])
picked = selected_project(event)
if picked is not None and picked in view.ids:
    st.session_state[PROJECT_KEY] = picked
    pages.go("views/project/impactkaart.py")

st.vega_lite_chart(spec=page.factor_spec, key="portfolio_factor")
if page.fte_spec is None:
    st.info(t("show.portfolio.no_fte", lang))
else:
    st.vega_lite_chart(spec=page.fte_spec, key="portfolio_fte")


def _column(key: str) -> str:
    return t(f"show.portfolio.col.{key}", lang)


def _euro(value) -> str:
    return "–" if pd.isna(value) else formats.euro(float(value), lang)


table = pd.DataFrame({
    _column("project"): data["name"],
    _column("type"): data["type_label"],
    _column("costs"): data["pv_costs"],
    _column("benefits"): data["pv_benefits"],
    _column("npv"): data["npv"],
    _column("factor"): data["rendementsfactor"],
    _column("fte"): data["fte_total"],
})
st.dataframe(
    table.style.format({
        _column("costs"): _euro, _column("benefits"): _euro, _column("npv"): _euro,
        _column("factor"): lambda v: formats.factor(None if pd.isna(v) else float(v), lang,
                                                    decimals=2),
        _column("fte"): lambda v: formats.number(float(v), lang, decimals=1),
    }),
    hide_index=True,
)
st.caption(t("show.portfolio.caption", lang))
org_benchmark.portfolio(get_store(), lang)  # across organisations: signed-in users only
