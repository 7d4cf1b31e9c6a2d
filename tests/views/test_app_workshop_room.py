"""Running the room in the app (AppTest): the facilitator code's rate limit holds across a
restart and says so; a rejoiner is asked "ben jij dit?" instead of getting "Anna (2)";
the room's step and its timer reach the attendee's page, which offers the step
without moving the editor."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import re

import pytest
import streamlit as st

from impactkaart.store.projects import Store
from impactkaart.workshop.facilitation import MAX_FAILURES, open_rejoins, set_step
from impactkaart.workshop.rooms import create_workshop, join_workshop, load_design, workspaces_of
from tests.app_support import open_page

OVERVIEW = "views/workshop/overzicht.py"
JOIN = "views/workshop/deelnemen.py"


@pytest.fixture
def made(app_db):
    with Store(app_db) as store:
        return create_workshop(store, "Zaal Oost", dt.date.today())


def sign_in(code: str, secret: str):
    at = open_page(OVERVIEW)
    at.text_input(key="begeleider_deelnamecode").input(code)
    at.text_input(key="begeleider_code").input(secret)
    return at.button[0].click().run()


def errors(at) -> str:
    return " ".join(e.value.replace("\\", "") for e in at.error)


def test_the_facilitator_code_is_limited_and_a_restart_does_not_reset_it(app_db, made):
    wrong = "".join(reversed(made.facilitator_code))
    at = open_page(OVERVIEW)
    assert "5 verkeerde begeleiderscodes in 10 minuten" in " ".join(c.value for c in at.caption)
    for n in range(MAX_FAILURES):
        at = sign_in(made.workshop.join_code, wrong)
        assert f"Nog {MAX_FAILURES - 1 - n} van {MAX_FAILURES} pogingen" in errors(at)
    st.cache_resource.clear()  # a restart: the app opens the file anew, sessions are gone
    at = sign_in(made.workshop.join_code, made.facilitator_code)  # even the right code waits
    assert "Te veel verkeerde begeleiderscodes" in errors(at)
    assert "herstart" in errors(at) and not at.table


def test_a_rejoiner_is_asked_ben_jij_dit_and_gets_no_empty_workspace(app_db, made):
    with Store(app_db) as store:
        join_workshop(store, made.workshop.join_code, "Anna")
    at = open_page(JOIN)
    at.text_input(key="meedoen_code").input(made.workshop.join_code)
    at.text_input(key="meedoen_naam").input("Anna")
    at.button[0].click().run()
    assert not at.exception
    assert "Ben jij dit?" in " ".join(i.value for i in at.info)
    with Store(app_db) as store:
        assert [w.attendee for w in workspaces_of(store, made.workshop.id)] == ["Anna"]
        assert [r.attendee for r in open_rejoins(store, made.workshop.id)] == ["Anna"]


@contextlib.contextmanager
def deprecations():
    """The deprecation warnings Streamlit logs meanwhile (its loggers do not propagate, so
    pytest's caplog does not see them)."""
    warned: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: warned.append(record.getMessage())
    logger = logging.getLogger("streamlit.deprecation_util")
    logger.addHandler(handler)
    try:
        yield warned
    finally:
        logger.removeHandler(handler)


def banner(at) -> str:
    return " ".join(h.proto.body for h in at.get("html"))


def test_the_rooms_step_is_on_the_attendees_page(app_db, made):
    with Store(app_db) as store:
        workspace, token = join_workshop(store, made.workshop.join_code, "Bram")
        set_step(store, made.workshop.id, 3, minutes=8)
    at = open_page(JOIN)
    at.query_params["werkplek"] = token
    with deprecations() as warned:
        at.run()
    assert not at.exception
    shown = banner(at)
    assert "De zaal is bij 3 Wat verandert er?" in shown
    # 8 minutes from the set_step above: at most a few seconds gone in this test
    clock = re.search(r"data-testid='wsr-attendee-clock'>(\d+):(\d\d)<", shown)
    assert clock and 7 * 60 + 30 <= int(clock[1]) * 60 + int(clock[2]) <= 8 * 60
    assert "animation-duration:480s" in shown  # the bar runs over the step's 8 minutes
    assert at.session_state[f"wp_{workspace.id}_stap"] == "3 Wat verandert er?"  # followed
    assert not [b for b in at.button if b.key == "zaal_naar_stap"]  # already there
    # the timer is plain HTML now: no frame, no script, no deprecation warning logged
    assert "<script" not in shown and not at.get("iframe")
    assert warned == []


def test_the_editor_does_not_jump_when_the_room_moves_but_offers_the_step(app_db, made):
    with Store(app_db) as store:
        workspace, token = join_workshop(store, made.workshop.join_code, "Chris")
        set_step(store, made.workshop.id, 1, minutes=10)
    at = open_page(JOIN)
    at.query_params["werkplek"] = token
    at.run()
    tab = f"wp_{workspace.id}_stap"
    assert at.session_state[tab] == "1 Project"
    with Store(app_db) as store:
        set_step(store, made.workshop.id, 2, minutes=10)
        version = load_design(store, workspace.id).version
    at.run()  # any rerun (in the browser: the banner's own, every few seconds)
    assert "De zaal is bij 2 Wie merkt het?" in banner(at)
    assert at.session_state[tab] == "1 Project"  # what the attendee works on stays open
    go = [b for b in at.button if b.key == "zaal_naar_stap"]
    assert [b.label for b in go] == ["Naar stap 2"]
    go[0].click().run()
    assert not at.exception
    assert at.session_state[tab] == "2 Wie merkt het?"
    assert not [b for b in at.button if b.key == "zaal_naar_stap"]
    with Store(app_db) as store:  # none of this saved anything
        assert load_design(store, workspace.id).version == version
