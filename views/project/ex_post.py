"""Ex ante / ex post: enter measured quantities, see expected against realised.

Both columns come from the engine (`impactkaart.core.expost.compare`). The table
of measurements is checked like every other edit and saved only when valid.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from impactkaart.authoring.editing import TableError, with_measurements
from impactkaart.charts.expost import (
    effect_labels,
    expost_chart,
    expost_data,
    expost_table,
    table_headers,
)
from impactkaart.core.expost import compare
from impactkaart.io.project_file import project_json
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.names import party_label
from views.components.page import open_page

FLASH, VERSION = "expost_flash", "expost_versie"
ss = st.session_state

page = open_page("expost.title", flash=FLASH)
lang, project_id, project = page.lang, page.project_id, page.project
st.markdown(t("expost.intro", lang))
st.info(t("expost.unmeasured_info", lang), icon="ℹ️")
if not project.effects:
    st.warning(t("expost.no_effects", lang))
    st.stop()

# Column keys in English: the editor sends them to the browser with its data.
table = pd.DataFrame({
    "effect": effect_labels(project, lang),
    "expected": [e.quantity for e in project.effects],
    "measured": [e.quantity_ex_post for e in project.effects],
    "for_whom": [party_label(e.stakeholder, lang) for e in project.effects],
}).astype({"expected": float, "measured": float})
edited = st.data_editor(
    table, key=f"expost_tabel_{project_id}_{ss.get(VERSION, 0)}", hide_index=True,
    disabled=["effect", "for_whom", "expected"], width="stretch",
    placeholder=t("expost.not_measured", lang),
    column_config={
        "effect": st.column_config.TextColumn(t("expost.editor_effect", lang), width="large"),
        "expected": st.column_config.NumberColumn(t("expost.editor_expected", lang),
                                                  format="localized"),
        "measured": st.column_config.NumberColumn(
            t("expost.editor_measured", lang), min_value=0.0, format="localized",
            help=t("expost.editor_measured_help", lang)),
        "for_whom": st.column_config.TextColumn(t("expost.editor_for_whom", lang)),
    },
)
try:
    candidate = with_measurements(project, list(edited["measured"]))
    problems: list = []
except TableError as exc:
    candidate, problems = None, exc.errors
for problem in problems:
    st.error(problem.text(lang), icon="⚠️")

changed = candidate is not None and project_json(candidate) != project_json(project)
if st.button(t("expost.save", lang), key="expost_opslaan", type="primary",
             disabled=candidate is None or not changed):
    page.store.save_project(candidate, project_id)
    ss[FLASH] = t("expost.saved", lang)
    ss[VERSION] = ss.get(VERSION, 0) + 1
    st.rerun()
if changed:
    st.caption(t("expost.unsaved", lang))

shown = candidate if candidate is not None else project
comparison = compare(shown)
measured_count = len(shown.effects) - comparison.unmeasured

st.subheader(t("expost.heading", lang))
st.caption(t("expost.measured_count", lang, measured=measured_count, total=len(shown.effects)))
expected, measured = comparison.expected, comparison.measured
columns = st.columns(3)
columns[0].metric(t("expost.factor_expected", lang),
                  formats.factor(expected.rendementsfactor, lang=lang, decimals=2))
columns[0].metric(t("expost.factor_measured", lang),
                  formats.factor(measured.rendementsfactor, lang=lang, decimals=2))
columns[1].metric(t("expost.benefits_expected", lang), formats.euro(expected.pv_benefits, lang=lang))
columns[1].metric(t("expost.benefits_measured", lang), formats.euro(measured.pv_benefits, lang=lang))
columns[2].metric(t("expost.costs", lang), formats.euro(expected.pv_costs, lang=lang),
                  help=t("expost.costs_help", lang))
columns[2].metric(t("expost.npv_measured", lang), formats.euro(measured.npv, lang=lang))

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
