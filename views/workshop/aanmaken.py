"""Workshop aanmaken: a name and a date give the room's join code and the facilitator code.

The facilitator code is shown once (only its hash is stored): the page keeps
it on screen until the facilitator confirms having saved it.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from impactkaart.store.projects import StoreError
from impactkaart.text.safe import md
from impactkaart.workshop.rooms import KEEP_DAYS, WorkshopError, create_workshop, show_code
from views.components import workshop_access
from views.components.session import get_store

NEW_KEY = "workshop_nieuw"  # (name, join code, facilitator code) of the workshop just made


st.title("Workshop aanmaken")
store = get_store()
new = st.session_state.get(NEW_KEY)
if new is not None:
    name, join_code, facilitator_code = new
    st.success(f"Workshop *{md(name)}* is aangemaakt.", icon=":material/check_circle:")
    left, right = st.columns(2)
    with left:
        st.markdown("**Deelnamecode** voor de zaal (zet hem op de beamer):")
        st.markdown(f"# `{join_code}`")
    with right:
        st.markdown("**Begeleiderscode**: alleen voor jou.")
        st.code(show_code(facilitator_code), language=None)
    st.warning("Bewaar deze begeleiderscode nu (schrijf hem op of kopieer hem). Hij wordt maar "
               "één keer getoond en is nodig voor het overzicht, de export en het verwijderen "
               "van de workshop.", icon=":material/key:")
    if st.button("Ik heb de code bewaard: naar het overzicht", type="primary",
                 key="workshop_code_bewaard"):
        st.session_state.pop(NEW_KEY, None)
        st.switch_page("views/workshop/overzicht.py")
    st.stop()

st.markdown("Maak een workshop aan voor *Ontwerp je eigen Impactkaart*. Deelnemers doen mee "
            "met de deelnamecode; ieder krijgt een eigen werkplek. Na 'bewaren tot' kan niemand "
            "meer meedoen of verder werken; jij kunt dan nog exporteren en alles verwijderen.")
today = dt.date.today()
with st.form("workshop_aanmaken"):
    name = st.text_input("Naam van de workshop", max_chars=100, key="workshop_naam",
                         placeholder="bijvoorbeeld Impactkaart-workshop Enschede")
    held_on = st.date_input("Datum", value=today, format="DD-MM-YYYY", key="workshop_datum")
    keep_until = st.date_input("Gegevens bewaren tot en met", format="DD-MM-YYYY",
                               value=today + dt.timedelta(days=KEEP_DAYS), key="workshop_bewaren",
                               help="Daarna kan niemand meer meedoen of verder werken.")
    if st.form_submit_button("Workshop aanmaken", type="primary", icon=":material/add_box:"):
        try:
            made = create_workshop(store, name, held_on, keep_until)
        except (WorkshopError, StoreError) as exc:
            st.error(md(str(exc)), icon=":material/error:")
        else:
            workshop_access.grant(made.workshop)
            st.session_state[NEW_KEY] = (made.workshop.name, made.workshop.join_code,
                                         made.facilitator_code)
            st.rerun()
