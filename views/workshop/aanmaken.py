"""Workshop aanmaken: a name and a date give the room's join code and the facilitator code.

The facilitator code is shown once (only its hash is stored): the page keeps
it on screen until the facilitator confirms having saved it.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from impactkaart.store.projects import StoreError
from impactkaart.text.catalogue import t
from impactkaart.text.safe import md
from impactkaart.workshop.rooms import KEEP_DAYS, WorkshopError, create_workshop, show_code
from views.components import pages, workshop_access
from views.components.page import open_page
from views.components.session import page_key

NEW_KEY = "workshop_nieuw"  # (name, join code, facilitator code) of the workshop just made


page = open_page("workshop.create.title", needs_project=False)
lang, store = page.lang, page.store
new = st.session_state.get(NEW_KEY)
if new is not None:
    name, join_code, facilitator_code = new
    st.success(t("workshop.create.made", lang, name=md(name)), icon=":material/check_circle:")
    left, right = st.columns(2)
    with left:
        st.markdown(t("workshop.create.join_code", lang))
        st.markdown(f"# `{join_code}`")
    with right:
        st.markdown(t("workshop.create.facilitator_code", lang))
        st.code(show_code(facilitator_code), language=None)
    st.warning(t("workshop.create.keep_code", lang), icon=":material/key:")
    if st.button(t("workshop.create.saved", lang), type="primary", key="workshop_code_bewaard"):
        st.session_state.pop(NEW_KEY, None)
        pages.go("views/workshop/overzicht.py")
    st.stop()

st.markdown(t("workshop.create.intro", lang))
today = dt.date.today()
date_format = "DD-MM-YYYY" if lang == "nl" else "DD/MM/YYYY"
with st.form("workshop_aanmaken"):
    name = st.text_input(t("workshop.create.name", lang), max_chars=100, key=page_key("workshop_naam"),
                         placeholder=t("workshop.create.name_hint", lang))
    held_on = st.date_input(t("workshop.create.date", lang), value=today, format=date_format,
                            key=page_key("workshop_datum"))
    keep_until = st.date_input(t("workshop.create.keep", lang), format=date_format,
                               value=today + dt.timedelta(days=KEEP_DAYS), key=page_key("workshop_bewaren"),
                               help=t("workshop.create.keep_help", lang))
    if st.form_submit_button(t("workshop.create.button", lang), type="primary",
                             icon=":material/add_box:"):
        try:
            made = create_workshop(store, name, held_on, keep_until)
        except WorkshopError as exc:
            st.error(md(exc.text(lang)), icon=":material/error:")
        except StoreError as exc:
            st.error(md(str(exc)), icon=":material/error:")
        else:
            workshop_access.grant(made.workshop, store)
            st.session_state[NEW_KEY] = (made.workshop.name, made.workshop.join_code,
                                         made.facilitator_code)
            st.rerun()
