"""Designs are read again only when their workspace changed (impactkaart/workshop/store.py).

A design read once is kept with its workspace's (version, last change); each of these
tests changes the database in a way the kept copy must not survive (a save, a save through
another Store on the same file, a restore of an older back-up, a rolled-back write, a
deleted workspace) and reads the design back field by field.
"""

from __future__ import annotations

import datetime as dt

import pytest

import impactkaart.workshop.store as rows
from impactkaart.store.backup import backup_bytes, restore
from impactkaart.store.projects import Store
from impactkaart.workshop.rooms import (
    add_item,
    create_workshop,
    delete_workshop,
    join_workshop,
    load_design,
    set_field,
)
from impactkaart.workshop.store import load_designs

TODAY = dt.date.today()


@pytest.fixture
def room(tmp_path):
    path = tmp_path / "cache.duckdb"
    with Store(path) as store:
        made = create_workshop(store, "Zaal", TODAY)
        workspace = join_workshop(store, made.workshop.join_code, "Anna")[0]
        who = add_item(store, workspace.id, "stakeholder", values={"name": "gemeente"})
        outcome = add_item(store, workspace.id, "outcome", who, {
            "outcome": "Minder schulden", "indicator": "aantal dossiers", "quantity": 10,
            "value_kind": "eigen", "own_value": 100.0, "own_source": "eigen schatting 2025",
            "duration": 1, "deadweight": 0.2, "attribution": 0.5})
    return path, made, workspace, outcome


def quantity(store, workspace, outcome) -> float:
    return load_design(store, workspace.id).item(outcome).fields["quantity"]


def test_an_unchanged_design_is_the_one_read_before_and_a_save_is_seen(room):
    path, _, workspace, outcome = room
    with Store(path) as store:
        first = load_design(store, workspace.id)
        assert load_design(store, workspace.id) is first  # kept: not read again
        set_field(store, workspace.id, outcome, "quantity", 12)
        after = load_design(store, workspace.id)
        assert after is not first
        assert after.item(outcome).fields["quantity"] == 12
        assert after.version == first.version + 1
        assert load_designs(store, [workspace.id])[workspace.id] is after


def test_a_save_through_another_store_on_the_same_file_is_seen(room):
    path, _, workspace, outcome = room
    with Store(path) as store:
        assert quantity(store, workspace, outcome) == 10
    with Store(path) as other:  # as another process would: its own connection
        set_field(other, workspace.id, outcome, "quantity", 33)
    with Store(path) as store:
        assert quantity(store, workspace, outcome) == 33


def test_a_restored_older_back_up_brings_back_its_own_fields(room):
    path, _, workspace, outcome = room
    with Store(path) as store:
        raw = backup_bytes(store)  # quantity 10
        set_field(store, workspace.id, outcome, "quantity", 50)
        assert quantity(store, workspace, outcome) == 50  # kept at the version after 10
        restore(store, raw)
        # No read in between: the next save reaches the kept copy's version again, with
        # other fields; the rebuilt project and the design must both be the new ones.
        set_field(store, workspace.id, outcome, "quantity", 60)
        assert quantity(store, workspace, outcome) == 60
        assert store.load_project(workspace.project_id).effects[
            0].quantity == 60
        restore(store, raw)
        assert quantity(store, workspace, outcome) == 10


def test_a_design_read_inside_a_rolled_back_write_is_never_served(room):
    path, _, workspace, outcome = room

    def work(cur):
        version = rows.bump(cur, workspace.id)
        rows.put_field(cur, workspace.id, outcome, "quantity", 99, version)
        assert rows.read_designs(cur, [workspace.id])[workspace.id].item(outcome).fields[
            "quantity"] == 99  # the transaction sees its own write, and the read keeps it
        raise RuntimeError("afgebroken")

    with Store(path) as store:
        with pytest.raises(RuntimeError):
            store.write(work)
        # The next save reaches the rolled-back version number, not its fields.
        set_field(store, workspace.id, outcome, "quantity", 11)
        assert quantity(store, workspace, outcome) == 11
        assert store.load_project(workspace.project_id).effects[
            0].quantity == 11


def test_a_deleted_workspace_is_gone_although_it_was_kept(room):
    path, made, workspace, _ = room
    with Store(path) as store:
        load_design(store, workspace.id)
        delete_workshop(store, made.workshop.id)
        with pytest.raises(KeyError):
            load_design(store, workspace.id)
        assert load_designs(store, [workspace.id]) == {}


def test_no_more_designs_are_kept_than_the_bound(room, monkeypatch):
    path, made, workspace, _ = room
    monkeypatch.setattr(rows, "KEEP_DESIGNS", 3)
    with Store(path) as store:
        others = [join_workshop(store, made.workshop.join_code, f"D{i}")[0] for i in range(4)]
        designs = load_designs(store, [w.id for w in others])
        assert len(rows._KEPT) <= 3
        # the most recently read are the ones kept; the first is read again when asked for
        assert load_design(store, others[-1].id) is designs[others[-1].id]
        assert load_design(store, others[0].id) == designs[others[0].id]
