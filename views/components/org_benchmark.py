"""The benchmark across organisations on the portfolio and the monitor (issue 21 item 5,
issue 17 item 6): for a signed-in user of an organisation only; on the laptop (no login,
the store has no scope) nothing is drawn.

The figures come from `impactkaart.accounts.benchmark` (distributions over at least five
organisations that opted in, the count, the own organisation's figure and position). The
factor benchmark runs the engine over every counted project, so it is cached per
organisation and the projects' signature (a save anywhere among them makes it anew).
"""

from __future__ import annotations

import streamlit as st

from impactkaart.accounts.benchmark import (
    MIN_ORGANISATIONS,
    factor_benchmark,
    factor_projects,
    factor_table,
    kpi_benchmark,
    kpi_text,
)
from impactkaart.accounts.benchmark_store import projects_signature
from impactkaart.text.catalogue import join_list, t
from impactkaart.text.names import project_type_label


def _scope(store):
    return getattr(store, "scope", None)


def _location(store) -> str:
    return str(getattr(store, "url", None) or getattr(store, "path", ""))


@st.cache_data(max_entries=8, show_spinner=False)
def _counted(_store, location: str, signature: tuple):
    """The projects of every organisation that opted in, with their factors: the same for
    every organisation, made anew when one of them changes (`projects_signature`)."""
    return factor_projects(_store, None)


def portfolio(store, lang: str) -> None:
    """Per project type the distribution of rendementsfactors, with the own position."""
    scope = _scope(store)
    if scope is None:
        return
    counted = _counted(store, _location(store), projects_signature(store, None))
    found = factor_benchmark(store, scope.organisation_id, counted)
    st.subheader(t("org_benchmark.title", lang))
    st.caption(t("org_benchmark.help", lang, n=MIN_ORGANISATIONS))
    if not found.opted_in:
        st.caption(t("org_benchmark.not_opted_in", lang))
    if found.distribution.empty:
        st.info(t("org_benchmark.none", lang, n=MIN_ORGANISATIONS))
    else:
        st.dataframe(factor_table(found.distribution, lang), hide_index=True)
    if found.missing:
        st.caption(t("org_benchmark.too_few", lang, n=MIN_ORGANISATIONS,
                     types=join_list([project_type_label(p, lang) for p in found.missing], lang)))


def kpi_line(store, kpi, period: str, lang: str) -> None:
    """Under a KPI's trend on the monitor: the distribution in ``period`` and the own place."""
    scope = _scope(store)
    if scope is None or kpi.own:
        return
    found = kpi_benchmark(store, scope.organisation_id, {kpi.key: kpi}, [kpi.key])
    rows = found.loc[found["period"] == period]
    st.caption(kpi_text(rows.iloc[0] if len(rows) else None, kpi, period, lang))
