"""Who may see a workshop's overview: the session that showed its facilitator code.

The checked workshop's id lives in session state (never in the URL), so an
attendee's link can never carry it, and a closed browser tab forgets it.
"""

from __future__ import annotations

import streamlit as st

from impactkaart.store.projects import Store
from impactkaart.text.catalogue import t
from impactkaart.text.safe import md
from impactkaart.workshop.rooms import Workshop, WorkshopError, facilitator_login, get_workshop
from views.components.session import page_key

FACILITATOR_KEY = "workshop_begeleider"  # id of the workshop whose code this session gave


def current(store: Store) -> Workshop | None:
    """The workshop this session may oversee (None: not logged in, or it was deleted)."""
    workshop_id = st.session_state.get(FACILITATOR_KEY)
    if workshop_id is None:
        return None
    workshop = get_workshop(store, workshop_id)
    if workshop is None:
        st.session_state.pop(FACILITATOR_KEY, None)
    return workshop


def grant(workshop: Workshop) -> None:
    st.session_state[FACILITATOR_KEY] = workshop.id


def leave() -> None:
    st.session_state.pop(FACILITATOR_KEY, None)


def login_form(store: Store, lang: str = "nl") -> None:
    """Join code and facilitator code; on success the page reruns with the overview."""
    st.markdown(t("workshop.login.intro", lang))
    with st.form("begeleider_inloggen"):
        code = st.text_input(t("workshop.join_code", lang), max_chars=12,
                             key=page_key("begeleider_deelnamecode"))
        secret = st.text_input(t("workshop.facilitator_code", lang), max_chars=20,
                               type="password", key=page_key("begeleider_code"))
        if st.form_submit_button(t("workshop.login.button", lang), type="primary",
                                 icon=":material/lock_open:"):
            try:
                grant(facilitator_login(store, code, secret))
            except WorkshopError as exc:
                st.error(md(exc.text(lang)), icon=":material/error:")
            else:
                st.rerun()
