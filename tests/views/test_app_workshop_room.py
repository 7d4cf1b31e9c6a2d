"""Running the room in the app (AppTest): the facilitator code's rate limit holds across a
restart and says so; a rejoiner is asked "ben jij dit?" instead of getting "Anna (2)";
the room's step reaches the attendee's page."""

from __future__ import annotations

import datetime as dt

import pytest
import streamlit as st

from impactkaart.store.projects import Store
from impactkaart.workshop.facilitation import MAX_FAILURES, open_rejoins, set_step
from impactkaart.workshop.rooms import create_workshop, join_workshop, workspaces_of
from tests.app_support import fresh_db, open_page

OVERVIEW = "views/workshop/overzicht.py"
JOIN = "views/workshop/deelnemen.py"


@pytest.fixture
def app_db(tmp_path, monkeypatch):
    yield from fresh_db(tmp_path, monkeypatch)


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


def test_the_rooms_step_is_on_the_attendees_page(app_db, made):
    with Store(app_db) as store:
        workspace, token = join_workshop(store, made.workshop.join_code, "Bram")
        set_step(store, made.workshop.id, 3, minutes=8)
    at = open_page(JOIN)
    at.query_params["werkplek"] = token
    at.run()
    assert not at.exception
    shown = " ".join(h.proto.body for h in at.get("html"))
    assert "De zaal is bij 3 Wat verandert er?" in shown
    assert at.session_state[f"wp_{workspace.id}_stap"] == "3 Wat verandert er?"  # followed
