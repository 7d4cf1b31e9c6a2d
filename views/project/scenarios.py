"""Scenario's: copy a project with other reach, costs or discount rate, and compare side by side.

"Wat als de gemeente een derde gezinswerker financiert?": reach × 1,5 and
€ 50.000 a year more for the gemeente, saved as a scenario of the project.
A scenario is an ordinary project: edit it further in *Effecten bewerken*.
The base and its scenarios are computed in one engine call and compared on
the headline, per party and on FTE per sector.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from impactkaart.core.model import ProjectError
from impactkaart.scenarios import charts as scenario_charts
from impactkaart.scenarios.copies import (
    ScenarioChanges,
    base_of,
    compare,
    difference,
    save_scenario,
    scenario_rate,
    scenarios_of,
)
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.errors import message
from impactkaart.text.names import party_label
from impactkaart.text.safe import md
from views.components import pages
from views.components.numbers import number_field
from views.components.page import open_page
from views.components.session import PROJECT_KEY, project_key

page = open_page("scenarios.title")
CHOSEN_KEY = project_key("scenario_vergelijk")  # the scenarios shown beside the open project
lang, store, project_id, current = page.lang, page.store, page.project_id, page.project
BASE_LABEL = t("scenarios.base_label", lang)
base_id = base_of(store, project_id) or project_id
base = current if base_id == project_id else store.load_project(base_id)
if base_id != project_id:
    st.caption(t("scenarios.is_scenario_of", lang, name=md(current.name), base=md(base.name)))

# --- a new scenario --------------------------------------------------------------------------
financiers = list(dict.fromkeys(["gemeente", *[c.financier for c in base.costs]]))
with st.form("nieuw_scenario", border=True):
    st.subheader(t("scenarios.new", lang, name=md(base.name)))
    label = st.text_input(t("scenarios.name", lang), placeholder=t("scenarios.name_placeholder", lang),
                          key=project_key("scenario_naam"))
    cols = st.columns(4)
    reach = number_field(t("scenarios.reach", lang), "rate", value=1.0, low=0, high=10000,
                         key=project_key("scenario_bereik"), lang=lang, help=t("scenarios.reach_help", lang),
                         where=cols[0])
    extra = number_field(t("scenarios.extra", lang), "amount", value=0.0, required=False,
                         key=project_key("scenario_extra_kosten"), lang=lang, where=cols[1])
    financier = cols[2].selectbox(t("scenarios.paid_by", lang), financiers,
                                  format_func=lambda key: party_label(key, lang),
                                  key=project_key("scenario_financier"))
    rate = number_field(t("scenarios.rate", lang), "rate", value=base.discount_rate, low=-5,
                        high=50, key=project_key("scenario_discontovoet"), lang=lang, where=cols[3])
    submitted = st.form_submit_button(t("scenarios.save", lang), icon=":material/save:",
                                      type="primary")
# A number field with an error or a question has said so under itself: nothing is saved.
if submitted and None not in (reach, rate):
    changes = ScenarioChanges(
        label=label, reach=reach, extra_cost_per_year=extra or 0.0,
        extra_cost_financier=financier, discount_rate=scenario_rate(rate, base),
    )
    try:
        new_id = save_scenario(store, base_id, changes)
    except ProjectError as exc:
        st.error(t("scenarios.not_saved", lang) + "\n\n"
                 + "\n".join(f"- {md(message(e, lang))}" for e in exc.errors))
    else:
        st.session_state.setdefault(CHOSEN_KEY, [])
        st.success(t("scenarios.saved", lang, name=md(label.strip())), icon=":material/check:")
        st.session_state[CHOSEN_KEY] = [*st.session_state[CHOSEN_KEY], new_id]

# --- side by side ----------------------------------------------------------------------------
saved = scenarios_of(store, base_id)
if saved.empty:
    st.info(t("scenarios.none", lang))
    st.stop()
names = dict(zip(saved["id"].astype(int), saved["label"]))
chosen = [i for i in st.session_state.get(CHOSEN_KEY, list(names)) if i in names] or list(names)
st.session_state[CHOSEN_KEY] = chosen
shown = st.multiselect(t("scenarios.compare_with", lang), list(names), key=CHOSEN_KEY,
                       format_func=names.get)

labels, ids = [BASE_LABEL], [base_id]
for scenario_id in shown:
    label = names[scenario_id]
    while label in labels:  # two scenarios with one name: keep them apart
        label += " (2)"
    labels.append(label)
    ids.append(scenario_id)
comparison = compare([(label, base if i == base_id else store.load_project(i))
                      for label, i in zip(labels, ids)], store.reference, lang)

head = comparison.headline.set_index("label")
rows = {
    t("rendementsfactor", lang): [formats.factor(None if pd.isna(v) else float(v), lang=lang,
                                                 decimals=2) for v in head["rendementsfactor"]],
    t("scenarios.row_costs", lang): [formats.euro(float(v), lang=lang) for v in head["pv_costs"]],
    t("scenarios.row_benefits", lang): [formats.euro(float(v), lang=lang) for v in head["pv_benefits"]],
    t("npv", lang): [formats.euro(float(v), lang=lang) for v in head["npv"]],
    t("col_fte", lang): [formats.number(float(v), lang=lang, decimals=1) for v in head["fte_total"]],
}
st.subheader(t("scenarios.side_by_side", lang))
st.dataframe(pd.DataFrame(rows, index=labels).T, key="scenario_tabel")
for label in labels[1:]:
    diff = difference(comparison, BASE_LABEL, label)
    sentence = t("scenarios.diff", lang, name=md(label), costs=formats.euro(diff["pv_costs"], lang=lang),
                 benefits=formats.euro(diff["pv_benefits"], lang=lang))
    if diff["extra_costs_paid_back"] is not None:
        sentence += t("scenarios.diff_paid_back", lang,
                      euro=formats.euro(diff["extra_costs_paid_back"], lang=lang, decimals=2))
    sentence += t("scenarios.diff_fte", lang, fte=formats.number(diff["fte_total"], lang=lang, decimals=1))
    st.markdown(sentence)

left, right = st.columns(2, gap="large")
with left:
    st.altair_chart(scenario_charts.costs_by_party_chart(comparison, lang), key="scenario_kosten")
    st.altair_chart(scenario_charts.fte_by_sector_chart(comparison, lang), key="scenario_fte")
with right:
    st.altair_chart(scenario_charts.benefits_by_party_chart(comparison, lang), key="scenario_baten")

for col, label, to_open in zip(st.columns(len(ids)), labels, ids):
    if col.button(t("scenarios.open", lang, name=md(label)), key=f"scenario_open_{to_open}",
                  icon=":material/open_in_new:"):
        st.session_state[PROJECT_KEY] = to_open
        pages.go("views/project/impactkaart.py")
st.caption(t("scenarios.caption", lang))
