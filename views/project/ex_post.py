"""Ex ante / ex post: enter measured quantities, see expected against realised.

Both columns come from the engine (`impactkaart.core.expost.compare`). The table
of measurements is checked like every other edit and saved only when valid.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from impactkaart.authoring.editing import TableError, with_measurements
from impactkaart.charts.expost import expost_chart, expost_data, expost_table
from impactkaart.core.expost import compare, effect_labels
from impactkaart.io.project_file import project_json
from impactkaart.text import formats
from impactkaart.text.names import party_label
from views.components.session import get_store, project_picker

FLASH, VERSION = "expost_flash", "expost_versie"
ss = st.session_state

st.title("Ex ante / ex post")
picked = project_picker()
if not picked:
    st.stop()
project_id, project = picked
if FLASH in ss:
    st.success(ss.pop(FLASH))
st.markdown(
    "**Ex ante** is wat u vooraf verwacht (de aantallen op de impactkaart). **Ex post** is wat "
    "u achteraf heeft gemeten. Vul per effect het gemeten aantal per jaar in; laat een cel "
    "leeg als er (nog) geen meting is."
)
st.info(
    "Een effect **zonder meting telt in het gemeten resultaat als 0**: het is dan niet "
    "aangetoond. Het telt dus niet stilzwijgend mee met zijn verwachte waarde.",
    icon="ℹ️",
)
if not project.effects:
    st.warning("Dit project heeft nog geen effecten. Voeg ze toe bij *Effecten bewerken*.")
    st.stop()

table = pd.DataFrame({
    "effect": effect_labels(project),
    "verwacht": [e.quantity for e in project.effects],
    "gemeten": [e.quantity_ex_post for e in project.effects],
    "voor wie": [party_label(e.stakeholder) for e in project.effects],
}).astype({"verwacht": float, "gemeten": float})
edited = st.data_editor(
    table, key=f"expost_tabel_{project_id}_{ss.get(VERSION, 0)}", hide_index=True,
    disabled=["effect", "voor wie", "verwacht"], width="stretch", placeholder="niet gemeten",
    column_config={
        "effect": st.column_config.TextColumn("Effect", width="large"),
        "verwacht": st.column_config.NumberColumn("Verwacht per jaar (ex ante)",
                                                  format="localized"),
        "gemeten": st.column_config.NumberColumn(
            "✏️ Gemeten per jaar (ex post)", min_value=0.0, format="localized",
            help="Het gemeten aantal per jaar; leeg = niet gemeten."),
        "voor wie": st.column_config.TextColumn("Voor wie"),
    },
)
try:
    candidate = with_measurements(project, list(edited["gemeten"]))
    problems: list = []
except TableError as exc:
    candidate, problems = None, exc.errors
for problem in problems:
    st.error(str(problem), icon="⚠️")

changed = candidate is not None and project_json(candidate) != project_json(project)
if st.button("Metingen opslaan", key="expost_opslaan", type="primary",
             disabled=candidate is None or not changed):
    get_store().save_project(candidate, project_id)
    ss[FLASH] = "Metingen opgeslagen."
    ss[VERSION] = ss.get(VERSION, 0) + 1
    st.rerun()
if changed:
    st.caption("Nog niet opgeslagen. Hieronder ziet u al het resultaat met deze metingen.")

shown = candidate if candidate is not None else project
comparison = compare(shown)
measured_count = len(shown.effects) - comparison.unmeasured

st.subheader("Verwacht tegenover gemeten")
st.caption(f"{measured_count} van de {len(shown.effects)} effecten gemeten.")
expected, measured = comparison.expected, comparison.measured
columns = st.columns(3)
columns[0].metric("Rendementsfactor, verwacht", formats.factor(expected.rendementsfactor, decimals=2))
columns[0].metric("Rendementsfactor, gemeten", formats.factor(measured.rendementsfactor, decimals=2))
columns[1].metric("Baten verwacht (contante waarde)", formats.euro(expected.pv_benefits))
columns[1].metric("Baten gemeten (contante waarde)", formats.euro(measured.pv_benefits))
columns[2].metric("Kosten (contante waarde)", formats.euro(expected.pv_costs),
                  help="De kosten zijn ex ante en ex post dezelfde ingevoerde kosten.")
columns[2].metric("Netto contante waarde, gemeten", formats.euro(measured.npv))

numbers = expost_table(comparison)
text = numbers.copy()
for column in ("Aantal per jaar, verwacht", "Aantal per jaar, gemeten"):
    text[column] = [
        "niet gemeten" if pd.isna(v) else formats.number(v, decimals=1) for v in numbers[column]
    ]
for column in ("Baten verwacht (€, cw)", "Baten gemeten (€, cw)", "Verschil (€)"):
    text[column] = [formats.euro(v) for v in numbers[column]]
total = {"Effect": "Totaal", "Aantal per jaar, verwacht": "", "Aantal per jaar, gemeten": "",
         "Baten verwacht (€, cw)": formats.euro(expected.pv_benefits),
         "Baten gemeten (€, cw)": formats.euro(measured.pv_benefits),
         "Verschil (€)": formats.euro(measured.pv_benefits - expected.pv_benefits)}
text = pd.concat([text, pd.DataFrame([total])], ignore_index=True)
st.altair_chart(expost_chart(expost_data(comparison)), key="expost_chart")
st.dataframe(text, hide_index=True, key="expost_vergelijking")
