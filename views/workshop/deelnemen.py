"""Meedoen aan een workshop: join with the room's code, then design your own Impactkaart.

The private link carries the workspace's token (``?werkplek=…``): a refresh,
a closed laptop or a server restart brings the attendee back to their work.
Without a valid token the page shows only the join form: nothing of anyone
else's workspace.
"""

from __future__ import annotations

import streamlit as st

from impactkaart.store.projects import StoreError
from impactkaart.text.safe import md
from impactkaart.workshop.rooms import (
    WorkshopError,
    designed_map,
    join_workshop,
    load_design,
    open_workspace,
)
from views.components import workshop_editor, workshop_map
from views.components.session import get_store

TOKEN_PARAM = "werkplek"


def join_form(store) -> None:
    st.markdown("Vul de **deelnamecode** in die de begeleider laat zien, en je naam of de naam "
                "van je project. Je krijgt een eigen werkplek; alles wat je invult wordt meteen "
                "bewaard.")
    with st.form("workshop_meedoen"):
        code = st.text_input("Deelnamecode", max_chars=12, placeholder="bijvoorbeeld K7M2QX",
                             key="meedoen_code")
        name = st.text_input("Je naam of de naam van je project", max_chars=100,
                             key="meedoen_naam")
        if st.form_submit_button("Doe mee", type="primary", icon=":material/login:"):
            try:
                _, token = join_workshop(store, code, name)
            except (WorkshopError, StoreError) as exc:
                st.error(md(str(exc)), icon=":material/error:")
            else:
                st.query_params[TOKEN_PARAM] = token
                st.rerun()


st.title("Ontwerp je eigen Impactkaart")
store = get_store()
token = st.query_params.get(TOKEN_PARAM)
workspace = None
if token:
    try:
        workspace = open_workspace(store, token)
    except WorkshopError as exc:
        st.error(md(str(exc)), icon=":material/link_off:")
if workspace is None:
    join_form(store)
    st.stop()

workshop = workspace.workshop
st.caption(f"Workshop *{md(workshop.name)}* van {workshop.held_on:%d-%m-%Y} · werkplek van "
           f"**{md(workspace.attendee)}**")
with st.expander("Je persoonlijke link", icon=":material/bookmark:"):
    st.markdown(
        "Deze pagina onthoudt je werk: zet hem in je favorieten of bewaar de link uit de "
        "adresbalk. Met die link kom je later terug, ook na het sluiten van je laptop. Wie de "
        "link heeft, kan je werkplek openen en wijzigen: deel hem alleen met je projectgenoten.")
    if st.button("Andere werkplek openen", key="werkplek_verlaten", icon=":material/logout:"):
        del st.query_params[TOKEN_PARAM]
        st.rerun()


@st.fragment
def workbench(store, workspace) -> None:
    """The design and its map. A save reruns only this part of the page: less for the
    server to run and for the browser to redraw when a whole room is typing."""
    design = load_design(store, workspace.id)
    saved = ("nog niets ingevuld" if design.version == 0 else
             f"{design.version} wijziging{'en' if design.version != 1 else ''} bewaard")
    st.caption(f"Alles wordt bewaard terwijl je typt: {saved}.")
    designed = designed_map(design, workspace, store.reference)
    result = workshop_map.result_of(designed.project)
    left, right = st.columns([5, 4], gap="medium")
    with left:
        workshop_editor.show(store, workspace, design, designed, result)
    with right:
        st.subheader("Jouw Impactkaart")
        workshop_map.show(designed, result)


workbench(store, workspace)
