"""Meedoen aan een workshop: join with the room's code, then design your own Impactkaart.

The private link carries the workspace's token (``?werkplek=…``): a refresh,
a closed laptop or a server restart brings the attendee back to their work.
Without a valid token the page shows only the join form: nothing of anyone
else's workspace.
"""

from __future__ import annotations

import streamlit as st

from impactkaart.store.projects import StoreError
from impactkaart.text.catalogue import t
from impactkaart.text.safe import md
from impactkaart.workshop.facilitation import Rejoin, claim_rejoin, join_or_ask
from impactkaart.workshop.overview import file_stem
from impactkaart.workshop.qr import CODE_PARAM
from impactkaart.workshop.rooms import (
    WorkshopError,
    designed_map,
    load_design,
    open_workspace,
    workshop_scope,
)
from views.components import workshop_editor, workshop_map, workshop_room
from views.components.page import open_page
from views.components.session import page_key

TOKEN_PARAM = "werkplek"
ASKED = "meedoen_verzoek"  # the rejoin request this browser filed (id, secret, name, code)


def _join(store, code: str, name: str, lang: str, new_anyway: bool = False) -> None:
    try:
        joined = join_or_ask(store, code, name, new_anyway=new_anyway)
    except WorkshopError as exc:
        st.error(md(exc.text(lang)), icon=":material/error:")
    except StoreError as exc:
        st.error(md(str(exc)), icon=":material/error:")
    else:
        if isinstance(joined, Rejoin):
            st.session_state[ASKED] = (joined, code, name)
        else:
            st.query_params.pop(CODE_PARAM, None)
            st.query_params[TOKEN_PARAM] = joined[1]
        st.rerun()


@st.fragment(run_every=3)
def waiting(store, lang: str) -> None:
    """"Ben jij dit?": the facilitator confirms; then this browser gets the link back."""
    request, code, name = st.session_state[ASKED]
    st.info(t("workshop.join.rejoin_wait", lang, name=md(request.attendee)),
            icon=":material/person_search:")
    try:
        token = claim_rejoin(store, request.id, request.secret)
    except WorkshopError as exc:
        st.session_state.pop(ASKED, None)
        st.error(md(exc.text(lang)), icon=":material/error:")
        return
    if token:
        st.session_state.pop(ASKED, None)
        st.query_params.pop(CODE_PARAM, None)
        st.query_params[TOKEN_PARAM] = token
        st.rerun(scope="app")
    if st.button(t("workshop.join.rejoin_other", lang, name=md(name)), key="meedoen_ander",
                 icon=":material/person_add:"):
        st.session_state.pop(ASKED, None)
        _join(store, code, name, lang, new_anyway=True)


def join_form(store, lang: str) -> None:
    if ASKED in st.session_state:
        waiting(store, lang)
        return
    st.markdown(t("workshop.join.intro", lang))
    with st.form("workshop_meedoen"):
        code = st.text_input(t("workshop.join_code", lang), max_chars=12,
                             value=st.query_params.get(CODE_PARAM, ""),
                             placeholder=t("workshop.join.code_hint", lang), key=page_key("meedoen_code"))
        name = st.text_input(t("workshop.join.name", lang), max_chars=100, key=page_key("meedoen_naam"))
        if st.form_submit_button(t("workshop.join.button", lang), type="primary",
                                 icon=":material/login:"):
            _join(store, code, name, lang)


page = open_page("workshop.join.title", needs_project=False)
lang, store = page.lang, page.store
token = st.query_params.get(TOKEN_PARAM)
workspace = None
if token:
    try:
        workspace = open_workspace(store, token)
    except WorkshopError as exc:
        st.error(md(exc.text(lang)), icon=":material/link_off:")
if workspace is None:
    join_form(store, lang)
    st.stop()

workshop = workspace.workshop
# With login on (issue 21): from here on a store narrowed to this one workshop.
narrowed = workshop_scope(store, workshop)
store = store if narrowed is None else store.scoped(narrowed)
st.caption(t("workshop.join.whose", lang, name=md(workshop.name),
             day=workshop.held_on, attendee=md(workspace.attendee)))
with st.expander(t("workshop.join.link", lang), icon=":material/bookmark:"):
    st.markdown(t("workshop.join.link_help", lang))
    if st.button(t("workshop.join.leave", lang), key="werkplek_verlaten", icon=":material/logout:"):
        del st.query_params[TOKEN_PARAM]
        st.rerun()


@st.fragment
def workbench(store, workspace, lang: str) -> None:
    """The design and its map. A save reruns only this part of the page: less for the
    server to run and for the browser to redraw when a whole room is typing."""
    workshop_editor.note_fragment()  # its saves ignore what the room's banner's timer replays
    design = load_design(store, workspace.id)
    if design.version == 0:
        saved = t("workshop.join.nothing_yet", lang)
    else:
        saved = t("workshop.join.saves" if design.version != 1 else "workshop.join.save", lang,
                  n=design.version)
    st.caption(t("workshop.join.saving", lang, saved=saved))
    designed = designed_map(design, workspace, store.reference)
    result = workshop_map.result_of(designed.project)
    left, right = st.columns([5, 4], gap="medium")
    with left:
        workshop_editor.show(store, workspace, design, designed, result, lang)
    with right:
        st.subheader(t("workshop.join.your_map", lang))
        workshop_map.show(designed, result, lang)


workshop_room.follow_room(store, workspace, lang)  # before the banner: it compares with it
workshop_room.room_banner(store, workspace, lang)
workbench(store, workspace, lang)
st.divider()
workshop_room.handouts(designed_map(load_design(store, workspace.id), workspace,
                                    store.reference).project, lang, file_stem(workspace.attendee))
