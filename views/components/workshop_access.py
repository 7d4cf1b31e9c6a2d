"""Who may see a workshop's overview and projector: the browser that gave its facilitator code.

The checked workshop's id lives in session state (never in the URL), so an
attendee's link can never carry it. The sign-in also starts a facilitator
session (`impactkaart.workshop.facilitation`): a random token in a cookie of
this browser (SameSite=Strict, 12 hours at most), of which the store keeps only
the hash. After a server restart, or in a second tab for the projector, the
cookie signs the facilitator in again until it expires or they sign out.
Wrong codes are limited per workshop (5 in 10 minutes) in the store.
"""

from __future__ import annotations

import json

import streamlit as st

from impactkaart.store.projects import Store
from impactkaart.text.catalogue import t
from impactkaart.text.safe import md
from impactkaart.workshop.facilitation import (
    SESSION_HOURS,
    end_session,
    login,
    session_workshop,
    start_session,
)
from impactkaart.workshop.rooms import Workshop, WorkshopError, get_workshop
from views.components.session import page_key

FACILITATOR_KEY = "workshop_begeleider"  # id of the workshop whose code this session gave
COOKIE = "impactkaart_begeleider"
_SET_COOKIE = "workshop_cookie_zetten"  # the cookie to write on this run (token or "")


def _cookie_token() -> str | None:
    try:
        token = st.context.cookies.get(COOKIE)
    except Exception:  # noqa: BLE001 - no browser (bare mode, AppTest)
        return None
    return token if isinstance(token, str) else None


def current(store: Store) -> Workshop | None:
    """The workshop this browser may oversee (None: not signed in, or it was deleted)."""
    _write_cookie()
    workshop_id = st.session_state.get(FACILITATOR_KEY)
    if workshop_id is None:
        workshop = session_workshop(store, _cookie_token())
        if workshop is not None:
            st.session_state[FACILITATOR_KEY] = workshop.id
        return workshop
    workshop = get_workshop(store, workshop_id)
    if workshop is None:
        st.session_state.pop(FACILITATOR_KEY, None)
    return workshop


def _write_cookie() -> None:
    """Set (or clear) the session cookie in the browser: a tiny script in a component frame
    of the same origin. Nothing user-typed goes into it (a random token, JSON-quoted)."""
    token = st.session_state.pop(_SET_COOKIE, None)
    if token is None:
        return
    age = SESSION_HOURS * 3600 if token else 0
    # Our own script with our own token (never user text), run in the page itself: the
    # deprecated components.html frame printed a warning on the server for every login.
    st.html("<script>document.cookie = " + json.dumps(COOKIE) + " + '=' + "
            + json.dumps(token) + f" + '; path=/; max-age={age}; SameSite=Strict';</script>",
            unsafe_allow_javascript=True)


def grant(workshop: Workshop, store: Store | None = None) -> None:
    st.session_state[FACILITATOR_KEY] = workshop.id
    if store is not None:
        st.session_state[_SET_COOKIE] = start_session(store, workshop)


def leave(store: Store | None = None) -> None:
    st.session_state.pop(FACILITATOR_KEY, None)
    if store is not None:
        end_session(store, _cookie_token())
    st.session_state[_SET_COOKIE] = ""


def login_form(store: Store, lang: str = "nl") -> None:
    """Join code and facilitator code; on success the page reruns with the overview."""
    _write_cookie()
    st.markdown(t("workshop.login.intro", lang))
    st.caption(t("workshop.login.limit", lang))
    with st.form("begeleider_inloggen"):
        code = st.text_input(t("workshop.join_code", lang), max_chars=12,
                             key=page_key("begeleider_deelnamecode"))
        secret = st.text_input(t("workshop.facilitator_code", lang), max_chars=20,
                               type="password", key=page_key("begeleider_code"))
        if st.form_submit_button(t("workshop.login.button", lang), type="primary",
                                 icon=":material/lock_open:"):
            try:
                grant(login(store, code, secret), store)
            except WorkshopError as exc:
                st.error(md(exc.text(lang)), icon=":material/error:")
            else:
                st.rerun()
