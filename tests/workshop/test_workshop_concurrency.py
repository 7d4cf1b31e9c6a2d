"""A room saving at once: 30 writer threads through the store layer, nothing lost.

Twenty threads each edit their own workspace; ten more share one workspace,
each with an outcome of its own, and all ten also keep overwriting the same
field (the project name). All start together (a barrier) on one `Store`, as
the sessions of one Streamlit process do. Afterwards:

- no thread saw an error (no "could not set lock", no transaction conflict);
- every field holds the value its thread wrote last; on the shared field the
  value of the save with the highest version wins (last write wins per field),
  and the other threads' fields in that workspace are all still there;
- each workspace's version counts exactly the saves made in it;
- every saved project is exactly what its fields add up to, and the engine's
  rendementsfactor of the saved project is the one worked out by hand.
"""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from impactkaart.core.engine import compute
from impactkaart.store.lock import FairLock
from impactkaart.store.projects import Store
from impactkaart.workshop.rooms import (
    add_item,
    create_workshop,
    designed_map,
    join_workshop,
    load_design,
    open_workspace,
    set_field,
)

OWN_WORKSPACES = 20
SHARED_WRITERS = 10
ROUNDS = 2
AMOUNT = 1000.0  # each own workspace: cost per year
PROXY = "huisartsconsult"  # library value, see impactkaart/data/proxies.csv


@pytest.fixture
def room(tmp_path):
    with Store(tmp_path / "zaal.duckdb") as store:
        workshop = create_workshop(store, "Gelijktijdig", dt.date.today()).workshop
        joined = [join_workshop(store, workshop.join_code, f"Deelnemer {i}")
                  for i in range(OWN_WORKSPACES + 1)]
        yield store, joined


def test_thirty_writers_lose_nothing_and_leave_consistent_projects(room):
    store, joined = room
    shared, shared_token = joined[-1]
    stakeholder = add_item(store, shared.id, "stakeholder", values={"name": "gemeente"})
    shared_outcomes = [add_item(store, shared.id, "outcome", stakeholder,
                                {"outcome": f"Effect van schrijver {n}"})
                       for n in range(SHARED_WRITERS)]
    start_version = load_design(store, shared.id).version
    barrier = threading.Barrier(OWN_WORKSPACES + SHARED_WRITERS)
    errors: list[BaseException] = []
    name_saves: list[tuple[int, str]] = []  # (version, value) of every save of the shared name
    expected_quantity: dict[str, float] = {}

    def own_writer(n: int) -> None:
        workspace, _ = joined[n]
        cost = load_design(store, workspace.id).of_kind("cost")[0].item_id
        barrier.wait()
        set_field(store, workspace.id, cost, "amount", AMOUNT)
        who = add_item(store, workspace.id, "stakeholder", values={"name": "zorgverzekeraar"})
        what = add_item(store, workspace.id, "outcome", who, {
            "outcome": f"Minder zorg {n}", "proxy_key": PROXY, "deadweight": 0.25,
            "attribution": 0.2})
        for round_ in range(ROUNDS):
            set_field(store, workspace.id, what, "quantity", float(10 * n + round_))
        set_field(store, workspace.id, what, "indicator", f"Aantal consulten {n}")

    def shared_writer(n: int) -> None:
        outcome = shared_outcomes[n]
        barrier.wait()
        for round_ in range(ROUNDS):
            quantity = float(100 * n + round_)
            set_field(store, shared.id, outcome, "quantity", quantity)
            expected_quantity[outcome] = quantity
            value = f"Gedeeld project, schrijver {n}, ronde {round_}"
            name_saves.append((set_field(store, shared.id, "project", "name", value), value))
        set_field(store, shared.id, outcome, "proxy_key", PROXY)

    def run(target, n):
        try:
            target(n)
        except BaseException as exc:  # noqa: BLE001 - every failure is the finding
            errors.append(exc)
            barrier.abort()

    threads = [threading.Thread(target=run, args=(own_writer, n)) for n in range(OWN_WORKSPACES)]
    threads += [threading.Thread(target=run, args=(shared_writer, n))
                for n in range(SHARED_WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []

    # Own workspaces: every field as its thread left it (cost, 2 adds, quantities, indicator).
    for n in range(OWN_WORKSPACES):
        workspace, _ = joined[n]
        design = load_design(store, workspace.id)
        assert design.version == 1 + 2 + ROUNDS + 1
        (outcome,) = design.of_kind("outcome")
        assert outcome.fields == {
            "outcome": f"Minder zorg {n}", "duration": 1, "value_kind": "bibliotheek",
            "quantity": float(10 * n + ROUNDS - 1), "proxy_key": PROXY, "deadweight": 0.25,
            "attribution": 0.2, "indicator": f"Aantal consulten {n}",
            "sector": "zorg",  # the proxy's usual sector, suggested with it
        }
        saved = store.load_project(workspace.project_id)
        assert saved == designed_map(design, workspace).project
        # By hand: one year, quantity × € 30,87 × (1 − 0,25) × (1 − 0,2) against € 1.000,
        # the proxy (price year 2022) in 2024 euros: × 1,073 (cpi.csv).
        expected = (10 * n + ROUNDS - 1) * 30.87 * 1.073 * 0.75 * 0.8 / AMOUNT
        assert compute(saved).rendementsfactor == pytest.approx(expected, rel=1e-12)

    # The shared workspace: each writer's own outcome intact, the name of the last save.
    design = load_design(store, shared.id)
    assert design.version == start_version + SHARED_WRITERS * (2 * ROUNDS + 1)
    versions = [v for v, _ in name_saves]
    assert len(set(versions)) == len(versions) == SHARED_WRITERS * ROUNDS  # one save each
    assert design.project_item.fields["name"] == max(name_saves)[1]
    for outcome_id, quantity in expected_quantity.items():
        fields = design.item(outcome_id).fields
        assert fields["quantity"] == quantity and fields["proxy_key"] == PROXY
    workspace = open_workspace(store, shared_token)
    saved = store.load_project(workspace.project_id)
    assert saved == designed_map(design, workspace).project
    assert saved.name == max(name_saves)[1]


def _wait_until(condition) -> None:
    for _ in range(500):
        if condition():
            return
        threading.Event().wait(0.01)
    raise AssertionError("timed out")


def test_the_write_lock_serves_in_order_and_skips_a_writer_that_stopped_waiting():
    lock = FairLock()
    order: list[str] = []
    holding, release = threading.Event(), threading.Event()
    waiting = lock._turn.wait

    def wait_or_give_up(*args, **kwargs):  # the 'quitter' thread is interrupted while waiting
        if threading.current_thread().name == "quitter":
            raise KeyboardInterrupt
        return waiting(*args, **kwargs)

    lock._turn.wait = wait_or_give_up

    def holder():
        with lock:
            holding.set()
            release.wait(5)
            order.append("holder")

    def writer(name):
        try:
            with lock, lock:  # re-entrant
                order.append(name)
        except KeyboardInterrupt:
            order.append(f"{name} gave up")

    threads = [threading.Thread(target=holder)]
    threads[0].start()
    holding.wait(5)
    for n, name in enumerate(["first", "quitter", "second", "third"]):
        threads.append(threading.Thread(target=writer, args=(name,), name=name))
        threads[-1].start()
        _wait_until(lambda n=n: lock._next == n + 2 or "quitter gave up" in order)
    release.set()
    for thread in threads:
        thread.join(5)
    assert not any(t.is_alive() for t in threads)
    assert order == ["quitter gave up", "holder", "first", "second", "third"]
