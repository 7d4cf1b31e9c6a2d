"""Workshop-beamer: what the projector shows, without the facilitator's controls.

Opened from the overview (same sign-in: the facilitator's session cookie, so a second
tab or window works). The room's slide (address, QR code, join code, step and timer),
one attendee, two side by side, or the closing slide; a small row of buttons at the
bottom moves between them. Refreshes by itself, so saves in the room reach the screen.
"""

from __future__ import annotations

import streamlit as st

from impactkaart.text.catalogue import t
from impactkaart.workshop.facilitation import room_step
from impactkaart.workshop.overview import room_of
from impactkaart.workshop.rooms import get_workshop, room_signature
from impactkaart.workshop.slides import attendee_slide, closing_slide
from views.components import language, workshop_access, workshop_beamer, workshop_room
from views.components.page import open_page
from views.components.session import get_store

ss = st.session_state
MODE, AT = "beamer_modus", "beamer_nr"  # zaal | een | paar | slot; the attendee shown
MODES = ("zaal", "een", "paar", "slot")


@st.cache_resource(max_entries=8, show_spinner=False)
def _room(db_path: str, workshop_id: str, signature: tuple):  # noqa: ARG001 - the key
    """The room until anyone saves anything (the signature changes)."""
    store = get_store()
    return room_of(store, get_workshop(store, workshop_id), store.reference)


def _mode(mode: str) -> None:
    ss[MODE] = mode


def _move(step: int) -> None:
    ss[AT] = ss.get(AT, 0) + step


@st.fragment(run_every=2)
def slide(workshop_id: str) -> None:
    lang, store = language.current(), get_store()
    room = _room(str(store.path), workshop_id, room_signature(store, workshop_id))
    mode, n = ss.get(MODE, "zaal"), len(room.attendees)
    at = ss.get(AT, 0) % max(1, n)
    if mode == "een" and n:
        workshop_beamer.attendee(attendee_slide(room, at, lang), lang)
    elif mode == "paar" and n:
        workshop_beamer.pair(attendee_slide(room, at, lang),
                             attendee_slide(room, (at + 1) % n, lang), lang)
    elif mode == "slot" and n:
        workshop_beamer.closing(closing_slide(room, lang), room.workshop.name, lang)
    else:
        step = room_step(store, workshop_id)
        timer = workshop_room.countdown(step, "wsr-clock") if step.step else ""
        workshop_beamer.room(room.workshop, workshop_room.step_name(step.step, lang), timer,
                             workshop_room.page_url(), lang)


page = open_page(None, needs_project=False)
lang, store = page.lang, page.store
workshop = workshop_access.current(store)
if workshop is None:
    st.title(t("nav.workshop-beamer", lang))
    workshop_access.login_form(store, lang)
    st.stop()

slide(workshop.id)
bar = st.container(horizontal=True, key="beamer_knoppen")
bar.button("", key="beamer_vorige", icon=":material/arrow_back:", on_click=_move, args=(-1,),
           help=t("workshop.beamer.previous", lang))
bar.button("", key="beamer_volgende", icon=":material/arrow_forward:", on_click=_move,
           args=(1,), help=t("workshop.beamer.next", lang))
for mode in MODES:
    bar.button(t(f"workshop.beamer.mode_{mode}", lang), key=f"beamer_{mode}",
               type="primary" if ss.get(MODE, "zaal") == mode else "tertiary",
               on_click=_mode, args=(mode,))
