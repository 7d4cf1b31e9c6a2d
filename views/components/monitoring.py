"""Monitoring on the project's pages: the take-over of an effect's ex post quantity from a
KPI (ex post page) and the line "gemeten via KPI …" (the Impactkaart). The work is in
`impactkaart.monitoring.expost`; a few lines on each page call these."""

from __future__ import annotations

import streamlit as st

from impactkaart.core.model import Project
from impactkaart.monitoring import expost, trends
from impactkaart.monitoring.library import library
from impactkaart.monitoring.report import monitor_frame
from impactkaart.monitoring.store import list_programmes, own_kpis
from impactkaart.store.projects import Store
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.safe import md
from views.components import session

FLASH = "kpi_overname_flash"


def measured_via_lines(store: Store, project: Project, lang: str) -> None:
    """"gemeten via KPI …" under the results, one caption per effect taken from a KPI."""
    if not any(e.measured_via for e in project.effects):
        return
    for line in expost.measured_via_text(project, library(own_kpis(store)), lang):
        st.caption(":material/monitoring: " + md(line))


def _number(value, lang: str) -> str:
    return t("monitoring.takeover.not_measured", lang) if value is None else \
        formats.number(value, lang, decimals=1)


def kpi_takeover(store: Store, project_id: int, project: Project, lang: str) -> None:
    """The explicit step: effect, KPI, periods, mode → a preview → Overnemen (saved)."""
    if not project.effects:
        return
    st.subheader(t("monitoring.takeover.title", lang))
    if FLASH in st.session_state:
        st.success(st.session_state.pop(FLASH))
    st.caption(t("monitoring.takeover.help", lang))
    kpis = library(own_kpis(store))
    frame = monitor_frame(store)
    pairs = expost.options(frame, kpis, list_programmes(store), project_id)
    if not pairs:
        st.info(t("monitoring.takeover.none", lang))
        return
    left, right = st.columns(2)
    index = left.selectbox(t("monitoring.takeover.effect", lang), range(len(project.effects)),
                           format_func=lambda i: project.effects[i].outcome,
                           key=session.project_key("kpi_overname_effect"))
    pair = right.selectbox(t("monitoring.takeover.kpi", lang), pairs,
                           format_func=lambda p: f"{kpis[p[1]].label(lang)} ({p[0]})",
                           key=session.project_key("kpi_overname_kpi"))
    series = trends.series_of(frame, pair[0], pair[1])
    periods_all = list(series["period"])
    periods = st.multiselect(t("monitoring.takeover.periods", lang), periods_all, default=periods_all,
                             key=session.project_key(f"kpi_overname_perioden_{pair[0]}_{pair[1]}"))
    mode = st.radio(t("monitoring.takeover.mode", lang), expost.MODES, horizontal=True,
                    format_func=lambda m: t(f"monitoring.takeover.mode.{m}", lang),
                    key=session.project_key("kpi_overname_wijze"))
    try:
        shown = expost.preview(project, index, pair[0], kpis[pair[1]], series, periods, mode,
                               store.reference)
    except expost.TakeOverError as exc:
        st.warning(t(f"monitoring.takeover.error.{exc.code}", lang))
        return
    st.info(t("monitoring.takeover.preview", lang, outcome=md(shown.outcome),
              old=_number(shown.old, lang), new=_number(shown.new, lang),
              before=formats.euro(shown.before.measured.pv_benefits, lang),
              after=formats.euro(shown.after.measured.pv_benefits, lang)), icon=":material/preview:")
    if st.button(t("monitoring.takeover.apply", lang), type="primary", icon=":material/input:",
                 key=session.project_key("kpi_overname_knop")):
        store.save_project(shown.candidate, project_id)
        lines = expost.measured_via_text(shown.candidate, kpis, lang)
        line = next((x for x in lines if x.startswith(shown.outcome)), shown.outcome)
        st.session_state[FLASH] = t("monitoring.takeover.done", lang, text=md(line))
        st.rerun()
