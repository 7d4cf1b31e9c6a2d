"""Running the room: paced steps, the facilitator code's rate limit (across a restart),
facilitator sessions with expiry, links handed back and rejoin requests."""

from __future__ import annotations

import datetime as dt

import pytest

from impactkaart.store.projects import Store
from impactkaart.workshop import facilitation as f
from impactkaart.workshop.rooms import WorkshopError, create_workshop, join_workshop, open_workspace

TODAY = dt.date(2025, 6, 12)
DURING = dt.datetime(2025, 6, 12, 10, 0)


@pytest.fixture
def path(tmp_path):
    return tmp_path / "room.duckdb"


@pytest.fixture
def made(path):
    with Store(path) as store:
        return create_workshop(store, "Ronde", TODAY, now=DURING)


def test_the_room_step_and_its_timer(path, made):
    with Store(path) as store:
        assert f.room_step(store, made.workshop.id).step == 0
        f.set_step(store, made.workshop.id, 3, minutes=7, now=DURING)
    with Store(path) as store:  # kept in the file
        step = f.room_step(store, made.workshop.id)
    assert (step.step, step.minutes) == (3, 7)
    # 7 minutes from 10:00:00, asked at 10:02:30: 4 min 30 s left.
    assert step.clock(DURING + dt.timedelta(minutes=2, seconds=30)) == "4:30"
    assert step.seconds_left(DURING + dt.timedelta(minutes=8)) == 0
    with Store(path) as store, pytest.raises(WorkshopError):
        f.set_step(store, made.workshop.id, 7)


def test_five_wrong_codes_in_ten_minutes_then_a_wait_that_a_restart_keeps(path, made):
    code = made.workshop.join_code
    wrong = "ABCDEFGHJKLM" if made.facilitator_code != "ABCDEFGHJKLM" else "MLKJHGFEDCBA"
    with Store(path) as store:
        for n in range(5):
            with pytest.raises(WorkshopError) as exc:
                f.login(store, code, wrong, now=DURING + dt.timedelta(minutes=n))
            assert exc.value.code == "wrong_facilitator_code_left"
            assert exc.value.values["left"] == 4 - n
    with Store(path) as store:  # a restart: a new process opens the same file
        with pytest.raises(WorkshopError) as exc:  # even the right code waits
            f.login(store, code, made.facilitator_code, now=DURING + dt.timedelta(minutes=5))
        assert exc.value.code == "too_many_attempts"
        # The first failure was at 10:00, so the window frees a try at 10:10: 5 minutes.
        assert exc.value.values["minutes"] == 5
        workshop = f.login(store, code, made.facilitator_code,
                           now=DURING + dt.timedelta(minutes=10, seconds=1))
    assert workshop.id == made.workshop.id


def test_a_facilitator_session_survives_a_restart_and_expires(path, made):
    with Store(path) as store:
        token = f.start_session(store, made.workshop, now=DURING)
    with Store(path) as store:
        assert f.session_workshop(store, token, now=DURING + dt.timedelta(hours=1)).id \
            == made.workshop.id
        assert f.session_workshop(store, token, now=DURING + dt.timedelta(hours=12)) is None
        assert f.session_workshop(store, token + "x", now=DURING) is None
        f.end_session(store, token)
        assert f.session_workshop(store, token, now=DURING) is None


def test_a_lost_link_is_handed_back_and_the_old_one_stops(path, made):
    with Store(path) as store:
        workspace, old = join_workshop(store, made.workshop.join_code, "Anna", now=DURING)
        new = f.new_link(store, made.workshop.id, workspace.id)
        assert open_workspace(store, new, now=DURING).id == workspace.id
        with pytest.raises(WorkshopError):
            open_workspace(store, old, now=DURING)


def test_a_rejoiner_is_asked_not_given_an_empty_anna_2(path, made):
    code = made.workshop.join_code
    with Store(path) as store:
        workspace, _ = join_workshop(store, code, "Anna", now=DURING)
        ask = f.join_or_ask(store, code, "  anna ", now=DURING)
        assert isinstance(ask, f.Rejoin) and ask.attendee == "Anna"
        assert [r.workspace_id for r in f.open_rejoins(store, made.workshop.id)] == [workspace.id]
        assert f.claim_rejoin(store, ask.id, ask.secret) is None  # still waiting
        with pytest.raises(WorkshopError):  # another browser cannot claim it
            f.claim_rejoin(store, ask.id, "not-the-secret-at-all")
        assert f.answer_rejoin(store, made.workshop.id, ask.id, yes=True)
        token = f.claim_rejoin(store, ask.id, ask.secret)
        assert open_workspace(store, token, now=DURING).id == workspace.id
        assert f.open_rejoins(store, made.workshop.id) == []
        # Another Anna: a new workspace when she says so.
        other, _ = f.join_or_ask(store, code, "Anna", new_anyway=True, now=DURING)
        assert other.id != workspace.id
        # A "no" from the facilitator: the request is gone.
        ask = f.join_or_ask(store, code, "Anna", now=DURING)
        f.answer_rejoin(store, made.workshop.id, ask.id, yes=False)
        with pytest.raises(WorkshopError):
            f.claim_rejoin(store, ask.id, ask.secret)
