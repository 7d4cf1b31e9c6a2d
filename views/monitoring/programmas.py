"""Programma's en KPI's: the library (shared KPIs with their definitions and sources, and
the organisation's own), the programmes and per programme the chosen KPIs with baseline
and target. The domain is `impactkaart.monitoring`; this page only draws it."""

from __future__ import annotations

import streamlit as st

from impactkaart.monitoring.library import (
    DIRECTIONS,
    KINDS,
    WERKSOORTEN,
    Kpi,
    KpiError,
    by_werksoort,
    check_own,
    library,
)
from impactkaart.monitoring.store import (
    Choice,
    ProgrammeError,
    choices,
    create_programme,
    delete_programme,
    list_programmes,
    own_kpis,
    save_own_kpi,
    set_choices,
)
from impactkaart.monitoring.view import library_frame
from impactkaart.text.catalogue import t
from impactkaart.text.safe import md
from views.components.keys import page_key
from views.components.numbers import number_field
from views.components.page import open_page

ctx = open_page("nav.kpi-programmas", needs_project=False, flash="kpi_flash")
lang, store = ctx.lang, ctx.store
kpis = library(own_kpis(store))
programmes = list_programmes(store)
st.caption(t("monitoring.page.intro", lang))

st.subheader(t("monitoring.page.programmes", lang))
with st.form("kpi_nieuw_programma", clear_on_submit=True):
    left, middle, right = st.columns(3)
    name = left.text_input(t("monitoring.page.programme_name", lang), key=page_key("kpi_programma_naam"))
    werksoort = middle.selectbox(t("monitoring.col.werksoorten", lang), WERKSOORTEN,
                                 key=page_key("kpi_programma_werksoort"))
    projects = store.list_projects()
    project_ids = [None, *projects["id"].tolist()]
    project_names = dict(zip(projects["id"], projects["name"]))
    project = right.selectbox(t("monitoring.page.project", lang), project_ids,
                              format_func=lambda i: t("monitoring.page.no_project", lang) if i is None
                              else project_names[i], key=page_key("kpi_programma_project"))
    if st.form_submit_button(t("monitoring.page.create", lang), icon=":material/add:"):
        try:
            create_programme(store, name, werksoort, project)
            st.session_state["kpi_flash"] = t("monitoring.page.created", lang, name=md(name.strip()))
            st.rerun()
        except ProgrammeError as exc:
            st.error(t(f"monitoring.programme_error.{exc.code}", lang, **exc.values))

if programmes:
    chosen = st.selectbox(t("monitoring.page.programme", lang), programmes,
                          format_func=lambda p: f"{p.name} ({p.werksoort})", key=page_key("kpi_programma"))
    current = choices(store, chosen.id).get(chosen.id, {})
    everything = st.toggle(t("monitoring.page.all_werksoorten", lang), key=page_key("kpi_alle_werksoorten"))
    offered = by_werksoort(kpis, None if everything else chosen.werksoort)
    offered_keys = [k.key for k in offered] + [k for k in current if k not in {o.key for o in offered}]
    picked = st.multiselect(t("monitoring.page.kpis", lang), offered_keys,
                            default=[k for k in current if k in offered_keys],
                            format_func=lambda k: kpis[k].label(lang) if k in kpis else k,
                            key=page_key(f"kpi_keuze_{chosen.id}"))
    new_choices = []
    for key in picked:
        kpi = kpis[key]
        kind = "share" if kpi.is_share else "number"
        old = current.get(key, Choice(key))
        st.markdown(f"**{md(kpi.label(lang))}** · {t(f'monitoring.direction.{kpi.direction}', lang)}")
        left, right = st.columns(2)
        baseline = number_field(t("monitoring.col.baseline", lang), kind, lang=lang, value=old.baseline,
                                required=False, key=page_key(f"kpi_nul_{chosen.id}_{key}"), where=left)
        target = number_field(t("monitoring.col.target", lang), kind, lang=lang, value=old.target,
                              required=False, key=page_key(f"kpi_doel_{chosen.id}_{key}"), where=right)
        new_choices.append(Choice(key, baseline, target))
    if st.button(t("monitoring.page.save_choices", lang), type="primary", icon=":material/save:",
                 key=page_key("kpi_bewaar_keuze")):
        set_choices(store, chosen.id, new_choices)
        st.session_state["kpi_flash"] = t("monitoring.page.saved", lang)
        st.rerun()
    with st.expander(t("monitoring.page.delete", lang)):
        sure = st.checkbox(t("monitoring.page.delete_sure", lang, name=md(chosen.name)),
                           key=page_key("kpi_verwijder_zeker"))
        if st.button(t("monitoring.page.delete", lang), disabled=not sure, key=page_key("kpi_verwijder")):
            delete_programme(store, chosen.id)
            st.session_state["kpi_flash"] = t("monitoring.page.deleted", lang, name=md(chosen.name))
            st.rerun()
else:
    st.info(t("monitoring.page.no_programmes", lang))

st.subheader(t("monitoring.page.library", lang))
filter_sort = st.selectbox(t("monitoring.col.werksoorten", lang), ["", *WERKSOORTEN],
                           format_func=lambda w: w or t("monitoring.page.all", lang),
                           key=page_key("kpi_bibliotheek_filter"))
st.dataframe(library_frame(by_werksoort(kpis, filter_sort), lang), hide_index=True,
             column_config={"url": st.column_config.LinkColumn("url")}, key=page_key("kpi_bibliotheek"))
with st.expander(t("monitoring.page.own_kpi", lang)):
    with st.form("kpi_eigen"):
        key = st.text_input(t("monitoring.page.own_key", lang), key=page_key("kpi_eigen_code"))
        label_nl = st.text_input(t("monitoring.page.own_label_nl", lang), key=page_key("kpi_eigen_naam"))
        label_en = st.text_input(t("monitoring.page.own_label_en", lang), key=page_key("kpi_eigen_naam_en"))
        sorts = st.multiselect(t("monitoring.col.werksoorten", lang), WERKSOORTEN, key=page_key("kpi_eigen_werksoort"))
        definition = st.text_area(t("monitoring.col.definition", lang), key=page_key("kpi_eigen_definitie"))
        kind = st.selectbox(t("monitoring.col.kind", lang), KINDS,
                            format_func=lambda k: t(f"monitoring.kind.{k}", lang), key=page_key("kpi_eigen_eenheid"))
        direction = st.selectbox(t("monitoring.col.direction", lang), DIRECTIONS,
                                 format_func=lambda d: t(f"monitoring.direction.{d}", lang),
                                 key=page_key("kpi_eigen_richting"))
        source = st.text_input(t("monitoring.col.source", lang), key=page_key("kpi_eigen_bron"),
                               placeholder=t("monitoring.illustrative", lang))
        if st.form_submit_button(t("monitoring.page.add_own", lang), icon=":material/add:"):
            try:
                own = check_own(Kpi(key, label_nl, label_en, tuple(sorts), definition, "", kind,
                                    direction, source), kpis)
                save_own_kpi(store, own)
                st.session_state["kpi_flash"] = t("monitoring.page.own_added", lang, name=md(own.label_nl))
                st.rerun()
            except KpiError as exc:
                st.error("\n".join(f"- {t(f'monitoring.kpi_error.{c}', lang)}" for c in exc.codes))
