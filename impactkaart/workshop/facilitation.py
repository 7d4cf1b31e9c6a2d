"""Running the room (issue 20): paced steps with a timer, a rate limit on the facilitator
code, a facilitator's session that survives a restart, and links handed back.

- **Steps.** The facilitator puts the room on a step (1–6, the attendee's editor's
  steps) for a number of minutes; attendees and the projector show the step and the time
  left. Attendees may still move forwards and back on their own.
- **Rate limit.** At most `MAX_FAILURES` wrong facilitator codes per workshop in
  `WINDOW` (5 in 10 minutes); then every try is refused until the oldest failure is
  `WINDOW` old. The failures are rows in the store, so a restart does not reset them.
- **Facilitator sessions.** A signed-in browser holds a random token (192 bits) in a
  cookie; the store keeps only its SHA-256 and an expiry (`SESSION_HOURS`, never past
  the workshop's own expiry). A restart keeps the row, so the facilitator stays signed
  in; signing out or the expiry ends it.
- **Handing a link back.** Tokens are stored only as hashes, so a lost link cannot be
  shown again: the facilitator confirms who it is and the workspace gets a new token
  (`new_link`), which is shown once; the old link stops working. An attendee who joins
  again under a name already in the room is not given an empty workspace: `ask_rejoin`
  files a request with a secret only that browser holds; the facilitator confirms
  ("ben jij dit?") and `claim_rejoin` then gives that browser a new link to the work.

The SQL (migration 9) is in `impactkaart.workshop.store`.
"""

from __future__ import annotations

import datetime as dt
import math
import secrets
from dataclasses import dataclass

from impactkaart.store.projects import Store
from impactkaart.workshop import store as rows
from impactkaart.workshop.rooms import (
    Workshop,
    WorkshopError,
    Workspace,
    find_workshop,
    get_workshop,
    join_workshop,
    token_hash,
    verify_code,
)

STEPS = 6  # the editor's steps: project, wie merkt het, …, hoeveel is van ons
DEFAULT_MINUTES = 10
MAX_MINUTES = 90
MAX_FAILURES = 5
WINDOW = dt.timedelta(minutes=10)
SESSION_HOURS = 12


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or dt.datetime.now()


# --- paced steps ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoomStep:
    step: int  # 1..STEPS; 0: the facilitator has not started the steps
    started_at: dt.datetime | None
    minutes: int

    def seconds_left(self, now: dt.datetime | None = None) -> int:
        if self.started_at is None:
            return 0
        end = self.started_at + dt.timedelta(minutes=self.minutes)
        return max(0, math.ceil((end - _now(now)).total_seconds()))

    def clock(self, now: dt.datetime | None = None) -> str:
        """The time left as m:ss."""
        left = self.seconds_left(now)
        return f"{left // 60}:{left % 60:02d}"


def room_step(store: Store, workshop_id: str) -> RoomStep:
    row = rows.room_step_row(store, workshop_id)
    return RoomStep(0, None, DEFAULT_MINUTES) if row is None else RoomStep(*row)


def set_step(store: Store, workshop_id: str, step: int, minutes: int = DEFAULT_MINUTES,
             now: dt.datetime | None = None) -> RoomStep:
    """Put the room on ``step`` (1..STEPS) with a timer of ``minutes``, starting now."""
    if not 1 <= int(step) <= STEPS:
        raise WorkshopError("no_such_step", step=step, steps=STEPS)
    if not 1 <= int(minutes) <= MAX_MINUTES:
        raise WorkshopError("step_minutes", limit=MAX_MINUTES)
    started = _now(now).replace(microsecond=0)
    store.write(lambda cur: rows.put_room_step(cur, workshop_id, int(step), started, int(minutes)))
    return RoomStep(int(step), started, int(minutes))


# --- the facilitator code's rate limit --------------------------------------------------------


def login(store: Store, join_code: str, facilitator_code: str,
          now: dt.datetime | None = None) -> Workshop:
    """`rooms.facilitator_login` with the rate limit: after `MAX_FAILURES` wrong codes in
    `WINDOW` every try is refused (``too_many_attempts``) until the window has passed."""
    now = _now(now)
    workshop = find_workshop(store, join_code, allow_expired=True)

    def check(cur) -> None:
        rows.forget_failures(cur, workshop.id, now - WINDOW)
        failures = rows.failures_since(cur, workshop.id, now - WINDOW)
        if len(failures) >= MAX_FAILURES:
            wait = failures[len(failures) - MAX_FAILURES] + WINDOW - now
            raise WorkshopError("too_many_attempts", n=MAX_FAILURES,
                                window=int(WINDOW.total_seconds() // 60),
                                minutes=max(1, math.ceil(wait.total_seconds() / 60)))

    store.write(check)
    if verify_code(store, workshop, facilitator_code):
        return workshop
    store.write(lambda cur: rows.add_failure(cur, workshop.id, now))
    left = MAX_FAILURES - len(failures(store, workshop.id, now))
    raise WorkshopError("wrong_facilitator_code_left", left=max(0, left), n=MAX_FAILURES,
                        window=int(WINDOW.total_seconds() // 60))


def failures(store: Store, workshop_id: str, now: dt.datetime | None = None) -> list:
    """The failed attempts of the last `WINDOW`."""
    return store.write(lambda cur: rows.failures_since(cur, workshop_id, _now(now) - WINDOW))


# --- facilitator sessions ---------------------------------------------------------------------


def start_session(store: Store, workshop: Workshop, now: dt.datetime | None = None) -> str:
    """A new session for a signed-in facilitator; its token (for the cookie, not stored)."""
    now = _now(now)
    token = secrets.token_urlsafe(24)
    expires = min(now + dt.timedelta(hours=SESSION_HOURS), workshop.expires_at
                  if workshop.expires_at > now else now + dt.timedelta(hours=SESSION_HOURS))

    def work(cur) -> None:
        rows.delete_expired_sessions(cur, now)
        rows.insert_facilitator_session(cur, token_hash(token), workshop.id, now, expires)

    store.write(work)
    return token


def session_workshop(store: Store, token: str | None,
                     now: dt.datetime | None = None) -> Workshop | None:
    """The workshop of a facilitator session's token; None when unknown or expired."""
    if not token or len(token) > 100:
        return None
    row = rows.facilitator_session_row(store, token_hash(token))
    if row is None or row[1] <= _now(now):
        return None
    return get_workshop(store, row[0])


def end_session(store: Store, token: str | None) -> None:
    if token:
        store.write(lambda cur: rows.delete_facilitator_session(cur, token_hash(token)))


# --- handing a link back ----------------------------------------------------------------------


def new_link(store: Store, workshop_id: str, workspace_id: str) -> str:
    """A new token for a workspace of this workshop (the old link stops working)."""
    token = secrets.token_urlsafe(24)

    def work(cur) -> None:
        if not any(r[0] == workspace_id for r in rows.workspace_ids(cur, workshop_id)):
            raise WorkshopError("no_workspace")
        rows.set_token(cur, workspace_id, token_hash(token))

    store.write(work)
    return token


@dataclass(frozen=True)
class Rejoin:
    id: str
    secret: str  # held by the asking browser only (its hash is stored)
    attendee: str


def join_or_ask(store: Store, join_code: str, attendee: str, new_anyway: bool = False,
                now: dt.datetime | None = None) -> tuple[Workspace, str] | Rejoin:
    """Join, unless someone of this name is already in the room: then a request to get
    that workspace back (unless ``new_anyway``: another person of the same name)."""
    name = " ".join(str(attendee or "").split())
    workshop = find_workshop(store, join_code, now)
    if not new_anyway and name:
        same = store.write(lambda cur: rows.attendee_rows(cur, workshop.id, name))
        if same:
            secret = secrets.token_urlsafe(24)
            rejoin_id = secrets.token_hex(8)
            store.write(lambda cur: rows.insert_rejoin(cur, rejoin_id, same[0][0],
                                                       token_hash(secret), _now(now)))
            return Rejoin(rejoin_id, secret, same[0][1])
    return join_workshop(store, join_code, name, now)


@dataclass(frozen=True)
class RejoinRequest:
    id: str
    workspace_id: str
    attendee: str
    asked_at: dt.datetime


def open_rejoins(store: Store, workshop_id: str) -> list[RejoinRequest]:
    return [RejoinRequest(*r) for r in rows.open_rejoin_rows(store, workshop_id)]


def answer_rejoin(store: Store, workshop_id: str, rejoin_id: str, yes: bool) -> bool:
    """The facilitator's answer; True when the request was there."""
    if yes:
        return store.write(lambda cur: rows.approve_rejoin(cur, rejoin_id, workshop_id))
    store.write(lambda cur: rows.delete_rejoin(cur, rejoin_id))
    return True


def claim_rejoin(store: Store, rejoin_id: str, secret: str) -> str | None:
    """The new link's token once the facilitator has said yes; None while waiting.
    `WorkshopError` ``rejoin_refused`` when the facilitator said no (the request is gone)."""
    token = secrets.token_urlsafe(24)

    def work(cur) -> str | None:
        row = rows.rejoin_row(cur, rejoin_id)
        if row is None or row[3] or row[1] != token_hash(secret):
            raise WorkshopError("rejoin_refused")
        if not row[2]:
            return None
        rows.set_token(cur, row[0], token_hash(token))
        rows.claim_rejoin(cur, rejoin_id)
        return token

    return store.write(work)
