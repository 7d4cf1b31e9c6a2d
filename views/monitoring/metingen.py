"""Metingen: import a registration system's export (CSV/xlsx, all or nothing, a preview
with every problem per row and column) or type a KPI's measurements in a table. A
correction keeps the old value with who and when (the history below)."""

from __future__ import annotations

import streamlit as st

from impactkaart.monitoring.library import WERKSOORTEN, library
from impactkaart.monitoring.measurements import preview_frame, read_measurements
from impactkaart.monitoring.store import (
    ProgrammeError,
    choices,
    history,
    import_measurements,
    list_programmes,
    measurement_log,
    own_kpis,
    save_measurements,
)
from impactkaart.monitoring.view import history_frame, measurement_table, read_table
from impactkaart.text.catalogue import t
from impactkaart.text.safe import md
from views.components.keys import page_key
from views.components.page import open_page

ctx = open_page("nav.kpi-metingen", needs_project=False, flash="kpi_metingen_flash")
lang, store = ctx.lang, ctx.store
kpis = library(own_kpis(store))
programmes = list_programmes(store)
who = st.text_input(t("monitoring.page.who", lang), key=page_key("kpi_wie"),
                    help=t("monitoring.page.who_help", lang))

st.subheader(t("monitoring.page.import", lang))
st.caption(t("monitoring.page.import_help", lang))
names = [p.name for p in programmes]
left, right = st.columns(2)
target = left.selectbox(t("monitoring.page.programme", lang), [*names, ""],
                        format_func=lambda n: n or t("monitoring.page.new_programme", lang),
                        key=page_key("kpi_import_programma"))
new_name = right.text_input(t("monitoring.page.programme_name", lang), key=page_key("kpi_import_nieuw"),
                            disabled=bool(target))
werksoort = right.selectbox(t("monitoring.col.werksoorten", lang), WERKSOORTEN,
                            key=page_key("kpi_import_werksoort"), disabled=bool(target))
upload = st.file_uploader(t("monitoring.page.file", lang), type=["csv", "xlsx", "txt"],
                          key=page_key("kpi_import_bestand"))
if upload is not None:
    result = read_measurements(upload.getvalue(), upload.name, kpis)
    if not result.preview.empty:
        st.dataframe(preview_frame(result, lang), hide_index=True, key=page_key("kpi_import_voorbeeld"))
    if result.problems:
        st.error(t("monitoring.page.not_imported", lang) + "\n\n" + "\n".join(
            f"- {md(text)}" for text in result.texts(lang)), icon="⚠️")
    else:
        st.success(t("monitoring.page.ready", lang, n=len(result.rows)))
        if st.button(t("monitoring.page.do_import", lang), type="primary", key=page_key("kpi_importeer"),
                     icon=":material/upload:"):
            name = target or new_name
            existing = next((p for p in programmes if p.name == name), None)
            try:
                _, added, corrected = import_measurements(
                    store, name, existing.werksoort if existing else werksoort, result.rows,
                    who.strip() or t("monitoring.page.anonymous", lang))
            except ProgrammeError as exc:
                st.error(t(f"monitoring.programme_error.{exc.code}", lang, **exc.values))
            else:
                st.session_state["kpi_metingen_flash"] = t(
                    "monitoring.cli.imported", lang, added=added, corrected=corrected,
                    name=md(name.strip()), id="")
                st.rerun()

if programmes:
    st.subheader(t("monitoring.page.table", lang))
    programme = st.selectbox(t("monitoring.page.programme", lang), programmes,
                             format_func=lambda p: p.name, key=page_key("kpi_tabel_programma"))
    chosen = [k for k in choices(store, programme.id).get(programme.id, {}) if k in kpis]
    if chosen:
        key = st.selectbox(t("monitoring.col.kpi", lang), chosen,
                           format_func=lambda k: kpis[k].label(lang), key=page_key("kpi_tabel_kpi"))
        kpi = kpis[key]
        st.caption(kpi.definition(lang))
        rows = measurement_log(store, programme.id)
        edited = st.data_editor(
            measurement_table(rows, kpi, lang), num_rows="dynamic", hide_index=True,
            key=page_key(f"kpi_tabel_{programme.id}_{key}"),
            column_config={c: st.column_config.TextColumn(t(f"monitoring.col.{e}", lang))
                           for c, e in (("periode", "period"), ("teller", "numerator"),
                                        ("noemer", "denominator"), ("waarde", "value"))})
        if st.button(t("monitoring.page.save_table", lang), type="primary", key=page_key("kpi_tabel_bewaar"),
                     icon=":material/save:"):
            checked = read_table(edited, kpi, kpis)
            if checked.problems:
                st.error(t("monitoring.page.not_saved", lang) + "\n\n" + "\n".join(
                    f"- {md(p.text(lang))}" for p in checked.problems), icon="⚠️")
            else:
                added, corrected = save_measurements(
                    store, programme.id, checked.rows, who.strip() or t("monitoring.page.anonymous", lang))
                st.session_state["kpi_metingen_flash"] = t(
                    "monitoring.cli.imported", lang, added=added, corrected=corrected,
                    name=md(programme.name), id=programme.id)
                st.rerun()
    else:
        st.info(t("monitoring.page.no_choices", lang))
    st.subheader(t("monitoring.page.history", lang))
    past = history(store, programme.id)
    if past:
        st.dataframe(history_frame(past, kpis, lang), hide_index=True, key=page_key("kpi_geschiedenis"))
    else:
        st.caption(t("monitoring.page.no_history", lang))
