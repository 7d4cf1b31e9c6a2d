"""Ex ante / ex post: enter measured quantities, re-estimated shares and realised costs,
see expected against realised, and export both side by side.

Both columns come from the engine (`impactkaart.core.expost.compare`). Every number is
typed in the one number field (`views.components.numbers`); the edit is checked like
every other (`impactkaart.authoring.expost.with_ex_post`) and saved only when valid.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from impactkaart.authoring.expost import with_ex_post
from impactkaart.charts.expost import (
    effect_labels,
    expost_chart,
    expost_data,
    expost_table,
    table_headers,
)
from impactkaart.core.expost import compare
from impactkaart.core.model import EX_POST_SHARES, ProjectError
from impactkaart.io.exports.expost import expost_excel_bytes, expost_file_name
from impactkaart.io.project_file import project_json
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.errors import describe
from impactkaart.text.names import party_label
from impactkaart.text.safe import md
from views.components import cohorts
from views.components.export_audit import audited
from views.components.monitoring import kpi_takeover
from views.components.numbers import number_field, shown
from views.components.page import open_page

FLASH, VERSION = "expost_flash", "expost_versie"
ss = st.session_state

page = open_page("expost.title", flash=FLASH)
lang, project_id, project = page.lang, page.project_id, page.project
st.markdown(t("inputs.expost_intro", lang))
st.info(t("expost.unmeasured_info", lang), icon="ℹ️")
if not project.effects:
    st.warning(t("expost.no_effects", lang))
    st.stop()

# Keys carry the project and a version: another project, or a save, starts fresh fields.
prefix = f"ep_{project_id}_{ss.get(VERSION, 0)}"
unread: list[bool] = []  # a field holds text that is not (yet) a number


def field(label: str, kind: str, key: str, value, **options) -> float | None:
    read = number_field(label, kind, key=key, lang=lang, value=value, required=False, **options)
    unread.append(read is None and bool(str(ss.get(key, "")).strip()))
    return read


st.subheader(t("inputs.expost_effects_heading", lang))
quantities, shares = [], []
for i, (label, effect) in enumerate(zip(effect_labels(project, lang), project.effects)):
    with st.expander(md(label), expanded=i == 0):
        st.caption(t("inputs.expost_expected_caption", lang,
                     quantity=formats.number(effect.quantity, lang=lang, decimals=1),
                     **{name: formats.percent(getattr(effect, name), lang=lang)
                        for name in EX_POST_SHARES}))
        cohorts.expost_note(effect, lang)  # a measured total is split as the cohorts are
        columns = st.columns(1 + len(EX_POST_SHARES))
        quantities.append(field(t("inputs.expost_quantity", lang), "number", f"{prefix}_q{i}",
                                effect.quantity_ex_post, low=0.0, where=columns[0],
                                placeholder=t("expost.not_measured", lang),
                                help=t("expost.editor_measured_help", lang)))
        shares.append({
            name: field(t(f"inputs.expost_{name}", lang), "share", f"{prefix}_{name}{i}",
                        getattr(effect, twin), where=column,
                        placeholder=t("inputs.expost_share_placeholder", lang,
                                      value=shown(getattr(effect, name), "share", lang)),
                        help=t("inputs.expost_share_help", lang))
            for column, (name, twin) in zip(columns[1:], EX_POST_SHARES.items())
        })

realised = []
if project.costs:
    st.subheader(t("inputs.expost_costs_heading", lang))
    st.caption(t("inputs.expost_costs_intro", lang))
    columns = st.columns(3)
    for i, cost in enumerate(project.costs):
        realised.append(field(
            t("inputs.expost_cost_label", lang, year=cost.year,
              financier=md(party_label(cost.financier, lang))),
            "amount", f"{prefix}_c{i}", cost.amount_ex_post, where=columns[i % 3],
            placeholder=t("inputs.expost_budget_placeholder", lang,
                          amount=formats.euro(cost.amount, lang=lang))))

candidate = None
if any(unread):
    st.warning(t("inputs.expost_fix_first", lang), icon="⚠️")
else:
    try:
        candidate = with_ex_post(project, quantities, shares, realised)
    except ProjectError as exc:
        for error in exc.errors:
            st.error(describe(error, lang), icon="⚠️")

changed = candidate is not None and project_json(candidate) != project_json(project)
if st.button(t("expost.save", lang), key="expost_opslaan", type="primary",
             disabled=candidate is None or not changed):
    page.store.save_project(candidate, project_id)
    ss[FLASH] = t("expost.saved", lang)
    ss[VERSION] = ss.get(VERSION, 0) + 1
    st.rerun()
if changed:
    st.caption(t("expost.unsaved", lang))

shown_project = candidate if candidate is not None else project
comparison = compare(shown_project)
measured_count = len(shown_project.effects) - comparison.unmeasured

st.subheader(t("expost.heading", lang))
st.caption(t("expost.measured_count", lang, measured=measured_count,
             total=len(shown_project.effects)))
expected, measured = comparison.expected, comparison.measured
columns = st.columns(3)
columns[0].metric(t("expost.factor_expected", lang),
                  formats.factor(expected.rendementsfactor, lang=lang, decimals=2))
columns[0].metric(t("expost.factor_measured", lang),
                  formats.factor(measured.rendementsfactor, lang=lang, decimals=2))
columns[1].metric(t("expost.benefits_expected", lang), formats.euro(expected.pv_benefits, lang=lang))
columns[1].metric(t("expost.benefits_measured", lang), formats.euro(measured.pv_benefits, lang=lang))
columns[2].metric(t("inputs.expost_costs_expected", lang), formats.euro(expected.pv_costs, lang=lang))
columns[2].metric(t("inputs.expost_costs_measured", lang), formats.euro(measured.pv_costs, lang=lang))
columns[2].metric(t("expost.npv_measured", lang), formats.euro(measured.npv, lang=lang))
if comparison.costs_from_budget:
    st.caption(t("inputs.expost_costs_from_budget", lang, count=comparison.costs_from_budget,
                 total=len(shown_project.costs)))
elif shown_project.costs:
    st.caption(t("inputs.expost_all_costs_realised", lang))
if measured.pv_in_kind:
    st.caption(t("inputs.expost_in_kind", lang, amount=formats.euro(measured.pv_in_kind, lang=lang)))

numbers = expost_table(comparison, lang)
effect, expected_n, measured_n, *money = table_headers(lang)
text = numbers.copy()
for column in (expected_n, measured_n):
    text[column] = [t("expost.not_measured", lang) if pd.isna(v)
                    else formats.number(v, lang=lang, decimals=1) for v in numbers[column]]
for column in money:
    text[column] = [formats.euro(v, lang=lang) for v in numbers[column]]
sums = (expected.pv_benefits, measured.pv_benefits, comparison.benefit_gap)
total = {effect: t("expost.total", lang), expected_n: "", measured_n: "",
         **{column: formats.euro(v, lang=lang) for column, v in zip(money, sums)}}
text = pd.concat([text, pd.DataFrame([total])], ignore_index=True)
st.altair_chart(expost_chart(expost_data(comparison, lang), lang), key="expost_chart")
st.dataframe(text, hide_index=True, key="expost_vergelijking")
st.download_button(
    t("inputs.expost_export", lang), data=audited(expost_excel_bytes(shown_project, lang=lang),
                                                 expost_file_name(shown_project, lang)),
    file_name=expost_file_name(shown_project, lang),
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    key="expost_excel", on_click="ignore", icon=":material/table_view:")
kpi_takeover(page.store, project_id, project, lang)  # ex post from a KPI (issue 17)
