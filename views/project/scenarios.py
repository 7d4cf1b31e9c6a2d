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
    scenarios_of,
)
from impactkaart.text import formats
from impactkaart.text.names import party_label
from impactkaart.text.safe import md
from views.components.session import PROJECT_KEY, get_store, project_picker

CHOSEN_KEY = "scenario_vergelijk"
BASE_LABEL = "Huidig project"

st.title("Scenario's: wat als …?")
picked = project_picker()
if picked is None:
    st.info("Kies of maak eerst een project.")
    st.stop()
store = get_store()
project_id, current = picked
base_id = base_of(store, project_id) or project_id
base = current if base_id == project_id else store.load_project(base_id)
if base_id != project_id:
    st.caption(f"*{md(current.name)}* is een scenario van *{md(base.name)}*; hieronder vergelijkt u "
               "alle scenario's van dat project.")

# --- a new scenario --------------------------------------------------------------------------
financiers = list(dict.fromkeys(["gemeente", *[c.financier for c in base.costs]]))
with st.form("nieuw_scenario", border=True):
    st.subheader(f"Nieuw scenario van {md(base.name)}")
    label = st.text_input("Naam van het scenario", placeholder="bijvoorbeeld: derde gezinswerker",
                          key="scenario_naam")
    cols = st.columns(4)
    reach = cols[0].number_input("Bereik (% van nu)", min_value=0.0, max_value=10000.0, value=100.0,
                                 step=10.0, key="scenario_bereik", format="%.0f",
                                 help="Elk effect × dit percentage: 150% = de helft meer deelnemers.")
    extra = cols[1].number_input("Extra kosten per jaar (€)", min_value=0.0, value=0.0, step=5000.0,
                                 key="scenario_extra_kosten", format="%.0f")
    financier = cols[2].selectbox("Betaald door", financiers, format_func=party_label,
                                  key="scenario_financier")
    rate = cols[3].number_input("Discontovoet (%)", min_value=-5.0, max_value=50.0,
                                value=round(base.discount_rate * 100, 4), step=0.25,
                                key="scenario_discontovoet")
    submitted = st.form_submit_button("Scenario opslaan", icon=":material/save:", type="primary")
if submitted:
    changes = ScenarioChanges(
        label=label, reach=reach / 100, extra_cost_per_year=extra, extra_cost_financier=financier,
        discount_rate=None if abs(rate / 100 - base.discount_rate) < 1e-12 else rate / 100,
    )
    try:
        new_id = save_scenario(store, base_id, changes)
    except ProjectError as exc:
        st.error("Het scenario is niet opgeslagen:\n\n" + "\n".join(f"- {md(e.message)}" for e in exc.errors))
    else:
        st.session_state.setdefault(CHOSEN_KEY, [])
        st.success(f"Scenario *{md(label.strip())}* opgeslagen als nieuw project. Bewerk het verder in "
                   "*Effecten bewerken*.", icon=":material/check:")
        st.session_state[CHOSEN_KEY] = [*st.session_state[CHOSEN_KEY], new_id]

# --- side by side ----------------------------------------------------------------------------
saved = scenarios_of(store, base_id)
if saved.empty:
    st.info("Nog geen scenario's van dit project. Maak er hierboven een.")
    st.stop()
names = dict(zip(saved["id"].astype(int), saved["label"]))
chosen = [i for i in st.session_state.get(CHOSEN_KEY, list(names)) if i in names] or list(names)
st.session_state[CHOSEN_KEY] = chosen
shown = st.multiselect("Vergelijk met", list(names), key=CHOSEN_KEY, format_func=names.get)

labels, ids = [BASE_LABEL], [base_id]
for scenario_id in shown:
    label = names[scenario_id]
    while label in labels:  # two scenarios with one name: keep them apart
        label += " (2)"
    labels.append(label)
    ids.append(scenario_id)
comparison = compare([(label, base if i == base_id else store.load_project(i))
                      for label, i in zip(labels, ids)])

head = comparison.headline.set_index("label")
rows = {
    "Rendementsfactor": [formats.factor(None if pd.isna(v) else float(v), decimals=2)
                         for v in head["rendementsfactor"]],
    "Kosten (contante waarde)": [formats.euro(float(v)) for v in head["pv_costs"]],
    "Baten (contante waarde)": [formats.euro(float(v)) for v in head["pv_benefits"]],
    "Netto contante waarde": [formats.euro(float(v)) for v in head["npv"]],
    "Bespaarde fte": [formats.number(float(v), decimals=1) for v in head["fte_total"]],
}
st.subheader("Naast elkaar")
st.dataframe(pd.DataFrame(rows, index=labels).T, key="scenario_tabel")
for label in labels[1:]:
    diff = difference(comparison, BASE_LABEL, label)
    sentence = (f"**{md(label)}**: {formats.euro(diff['pv_costs'])} extra kosten, "
                f"{formats.euro(diff['pv_benefits'])} extra baten")
    if diff["extra_costs_paid_back"] is not None:
        sentence += (f"; elke extra geïnvesteerde euro levert "
                     f"{formats.euro(diff['extra_costs_paid_back'], decimals=2)} op")
    sentence += f"; {formats.number(diff['fte_total'], decimals=1)} fte extra bespaard."
    st.markdown(sentence)

left, right = st.columns(2, gap="large")
with left:
    st.altair_chart(scenario_charts.costs_by_party_chart(comparison), key="scenario_kosten")
    st.altair_chart(scenario_charts.fte_by_sector_chart(comparison), key="scenario_fte")
with right:
    st.altair_chart(scenario_charts.benefits_by_party_chart(comparison), key="scenario_baten")

for col, label, to_open in zip(st.columns(len(ids)), labels, ids):
    if col.button(f"Open {md(label)}", key=f"scenario_open_{to_open}", icon=":material/open_in_new:"):
        st.session_state[PROJECT_KEY] = to_open
        st.switch_page("views/project/impactkaart.py")
st.caption("Alle scenario's in één berekening; contante waarde aan het begin van het project "
           "(jaar 1 niet verdisconteerd).")
