"""Monitor: per KPI of a programme the line over the periods with its 95 % band, target
and baseline, whether it goes the good way and a caution for small numbers; the overview
of all programmes (one small chart per KPI); the anonymised benchmark; PDF and Excel."""

from __future__ import annotations

import streamlit as st

from impactkaart.monitoring import charts, trends
from impactkaart.monitoring.benchmark import MIN_ORGANISATIONS, comparison, read_benchmark
from impactkaart.monitoring.export import monitor_pdf, monitor_xlsx
from impactkaart.monitoring.library import library
from impactkaart.monitoring.report import monitor_frame
from impactkaart.monitoring.store import (
    benchmark_rows,
    choices,
    list_programmes,
    own_kpis,
    save_benchmarks,
)
from impactkaart.monitoring.view import overview_table, shown, trend_texts
from impactkaart.text.catalogue import t
from impactkaart.text.safe import md
from views.components import auth, org_benchmark
from views.components.export_audit import audited
from views.components.keys import page_key
from views.components.page import open_page

ctx = open_page("nav.monitor", needs_project=False, flash="kpi_monitor_flash")
lang, store = ctx.lang, ctx.store
kpis = library(own_kpis(store))
programmes = list_programmes(store)
frame = monitor_frame(store)
if not programmes or frame.empty:
    st.info(t("monitoring.page.nothing_yet", lang))
    st.stop()

programme = st.selectbox(t("monitoring.page.programme", lang), programmes,
                         format_func=lambda p: p.name, key=page_key("kpi_monitor_programma"))
chosen = choices(store, programme.id).get(programme.id, {})
keys = [k for k in chosen if k in kpis]
for key in keys:
    kpi = kpis[key]
    series = trends.series_of(frame, programme.name, key)
    if series.empty:
        continue
    with st.container(border=True, key=page_key(f"kpi_trend_{key}")):
        st.altair_chart(charts.trend_chart(series, kpi, lang), key=page_key(f"kpi_grafiek_{key}"))
        words = trend_texts(kpi, series, lang)
        st.markdown(" · ".join(md(w) for w in (words["value"], words["interval"], words["way"]) if w))
        if words["caution"]:
            st.warning(words["caution"], icon=":material/info:")
        st.caption(md(kpi.definition(lang)))
        bench = comparison(series["value"].iloc[-1], next(
            (r for r in benchmark_rows(store, key) if r[1] == series["period"].iloc[-1]), None))
        if bench:
            st.caption(t("monitoring.bench.line", lang, n=bench["organisations"], period=bench["period"],
                         p25=shown(kpi, bench["p25"], lang), p50=shown(kpi, bench["p50"], lang),
                         p75=shown(kpi, bench["p75"], lang), source=md(bench["source"]))
                       + (" " + t(f"monitoring.bench.{bench['place']}", lang) if bench["place"] else ""))
        org_benchmark.kpi_line(store, kpi, series["period"].iloc[-1], lang)  # signed-in only

st.subheader(t("monitoring.page.overview", lang))
st.altair_chart(charts.overview_chart(frame, kpis, lang), key=page_key("kpi_overzicht_grafiek"))
st.dataframe(overview_table(frame, kpis, lang), hide_index=True, key=page_key("kpi_overzicht"))
left, right = st.columns(2)
left.download_button(t("monitoring.export.xlsx", lang), audited(lambda: monitor_xlsx(frame, kpis, lang), "monitor.xlsx"),
                     "monitor.xlsx", on_click="ignore", icon=":material/download:", key=page_key("kpi_xlsx"),
                     mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
right.download_button(t("monitoring.export.pdf", lang), audited(lambda: monitor_pdf(frame, kpis, lang), "monitor.pdf"),
                      "monitor.pdf", on_click="ignore", icon=":material/download:", key=page_key("kpi_pdf"),
                      mime="application/pdf")

if not auth.can_edit():  # a lezer (login on): the rest of the page is an import
    st.stop()
st.subheader(t("monitoring.bench.title", lang))
st.caption(t("monitoring.bench.help", lang, n=MIN_ORGANISATIONS))
with st.form("kpi_benchmark"):
    upload = st.file_uploader(t("monitoring.bench.file", lang), type=["csv", "xlsx"], key=page_key("kpi_bench_bestand"))
    source = st.text_input(t("monitoring.bench.source", lang), key=page_key("kpi_bench_bron"))
    if st.form_submit_button(t("monitoring.bench.import", lang)) and upload is not None:
        result = read_benchmark(upload.getvalue(), upload.name, kpis)
        if result.problems:
            st.error("\n".join(f"- {md(upload.name)}: {md(p.text(lang))}" for p in result.problems))
        else:
            saved = save_benchmarks(store, result.rows, source.strip() or upload.name)
            message = t("monitoring.bench.saved", lang, n=saved, dropped=len(result.dropped),
                        least=MIN_ORGANISATIONS)
            st.session_state["kpi_monitor_flash"] = md(message)
            st.rerun()
