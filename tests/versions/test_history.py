"""Versions, comments and share links in a real DuckDB file: every save a version, restore
as a new version, back-up and restore, delete."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from impactkaart.authoring.demo import demo_projects
from impactkaart.core.engine import compute
from impactkaart.store.backup import backup_bytes, restore
from impactkaart.store.projects import Store
from impactkaart.versions import comments, history, links
from impactkaart.versions.authors import saving_as
from impactkaart.versions.changes import summary
from impactkaart.versions.history import VersionError
from impactkaart.versions.links import ShareError


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "versies.duckdb") as store:
        yield store


def _with_deadweight(project, share):
    first = dataclasses.replace(project.effects[0], deadweight=share)
    return dataclasses.replace(project, effects=(first, *project.effects[1:]))


def five_versions(store):
    """A project saved five times, each with another deadweight of its first effect."""
    base = demo_projects()[0]
    saved = [_with_deadweight(base, share) for share in (0.1, 0.2, 0.3, 0.4, 0.5)]
    with saving_as("Anna"):
        project_id = store.save_project(saved[0])
        for project in saved[1:]:
            store.save_project(project, project_id)
    return project_id, saved


def test_every_save_is_a_version_with_author_and_what_changed(store):
    project_id, saved = five_versions(store)
    found = history.history(store, project_id)
    assert [v.number for v in found] == [5, 4, 3, 2, 1]
    assert {v.author for v in found} == {"Anna"}
    outcome = saved[0].effects[0].outcome
    assert summary(list(found[0].changes), "nl") == [f"deadweight van '{outcome}' 40% → 50%"]
    assert found[-1].changes[0].code == "created"


def test_a_save_that_changes_nothing_adds_no_version(store):
    project_id, saved = five_versions(store)
    store.save_project(saved[-1], project_id)
    assert len(history.history(store, project_id)) == 5


def test_restoring_version_3_of_5_gives_version_3s_results_as_a_new_version(store):
    project_id, saved = five_versions(store)
    number = history.restore(store, project_id, 3, author="Bob")
    assert number == 6
    restored = store.load_project(project_id)
    assert restored == saved[2]
    assert compute(restored).npv == pytest.approx(compute(saved[2]).npv)
    newest = history.history(store, project_id)[0]
    assert (newest.author, newest.restored_from) == ("Bob", 3)
    assert summary(list(newest.changes), "en")[0] == "version 3 restored"
    assert len(history.history(store, project_id)) == 6  # versions 4 and 5 are still there
    assert history.project_at(store, project_id, 5) == saved[4]


def test_a_named_version_and_a_compare_of_two(store):
    project_id, saved = five_versions(store)
    history.name_version(store, project_id, 2, "  sROI   1.0 ")
    assert history.history(store, project_id)[3].title("nl") == "versie 2 · sROI 1.0"
    comparison = history.compare(store, project_id, 2, 4)
    assert [c.values["field"] for c in comparison.changes] == ["deadweight"]
    assert comparison.old_result.npv == pytest.approx(compute(saved[1]).npv)
    assert comparison.new_result.npv == pytest.approx(compute(saved[3]).npv)
    figures = comparison.figures("nl")
    assert figures[0][0] == "Rendementsfactor" and len(figures) == 5
    with pytest.raises(VersionError, match="Versie 9 van dit project bestaat niet"):
        history.compare(store, project_id, 2, 9)


def test_comments_are_threaded_open_or_resolved_with_author_and_version(store):
    project_id, saved = five_versions(store)
    outcome = saved[0].effects[0].outcome
    first = comments.add_comment(store, project_id, "Is 50% niet te hoog?", "Piet",
                                 effect=outcome, assumption="deadweight")
    answer = comments.add_comment(store, project_id, "Bron volgt.", "Anna", reply_to=first)
    comments.add_comment(store, project_id, "Dank!", "Piet", reply_to=answer)  # joins the thread
    comments.add_comment(store, project_id, "Mooi project", "Els")
    comments.set_resolved(store, project_id, first, True, "Anna")
    threads = comments.threads(store, project_id)
    assert [c.body for c in threads] == ["Is 50% niet te hoog?", "Mooi project"]
    assert [r.body for r in threads[0].replies] == ["Bron volgt.", "Dank!"]
    assert threads[0].resolved and threads[0].resolved_by == "Anna" and not threads[1].resolved
    assert threads[0].target("nl") == f"deadweight van '{outcome}'"
    assert threads[0].version == 5 and comments.open_count(threads) == 1
    assert threads[0].about(outcome) and threads[1].about(None)
    with pytest.raises(VersionError, match="Vul uw naam in"):
        comments.add_comment(store, project_id, "anoniem", "  ")
    with pytest.raises(VersionError, match="De opmerking is leeg"):
        comments.add_comment(store, project_id, "   ", "Piet")


def test_exports_of_a_version_list_the_comments_up_to_it(store):
    project_id, _ = five_versions(store)
    comments.add_comment(store, project_id, "over versie 2", "Piet", version=2)
    comments.add_comment(store, project_id, "over versie 5", "Piet")
    assert [c.body for c in comments.threads(store, project_id, up_to_version=3)] == ["over versie 2"]
    rows = comments.export_rows(comments.threads(store, project_id), "en")
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in rows] == [
        ("1", "the project", "Piet", "open", "over versie 2"),
        ("2", "the project", "Piet", "open", "over versie 5")]


NOW = dt.datetime(2026, 12, 2, 10, 0)


def test_a_link_opens_until_it_expires_or_is_revoked(store):
    project_id, saved = five_versions(store)
    link, token = links.create_link(store, project_id, NOW.date(), version=3, now=NOW)
    assert links.open_link(store, token, now=NOW).project_id == project_id
    assert links.shared_project(store, link) == saved[2]
    midnight = dt.datetime.combine(NOW.date() + dt.timedelta(days=1), dt.time())
    with pytest.raises(ShareError, match="verlopen"):
        links.open_link(store, token, now=midnight)
    links.revoke_link(store, project_id, link.id, now=NOW)
    with pytest.raises(ShareError, match="ingetrokken"):
        links.open_link(store, token, now=NOW)


def test_only_the_hash_of_a_token_is_stored_and_a_changed_token_is_refused(store):
    project_id, _ = five_versions(store)
    _, token = links.create_link(store, project_id, NOW.date() + dt.timedelta(days=3), now=NOW)
    cells = [str(v) for row in store.cursor().execute("SELECT * FROM share_links").fetchall()
             for v in row]
    assert token not in " ".join(cells)
    changed = token[:-1] + ("A" if token[-1] != "A" else "B")
    with pytest.raises(ShareError, match="veranderd of ingekort"):
        links.open_link(store, changed, now=NOW)
    with pytest.raises(ShareError, match="niet compleet"):
        links.open_link(store, token[:10], now=NOW)
    with pytest.raises(ShareError, match="vanaf vandaag"):
        links.create_link(store, project_id, NOW.date() - dt.timedelta(days=1), now=NOW)


def _contents(store, project_id):
    return (history.history(store, project_id), comments.threads(store, project_id),
            links.links_of(store, project_id))


def test_backup_and_restore_keep_versions_comments_and_links(store, tmp_path):
    project_id, _ = five_versions(store)
    history.name_version(store, project_id, 2, "sROI 1.0")
    comments.add_comment(store, project_id, "Klopt dit?", "Piet")
    _, token = links.create_link(store, project_id, dt.date.today() + dt.timedelta(days=3))
    before = _contents(store, project_id)
    raw = backup_bytes(store)
    with Store(tmp_path / "elders.duckdb") as other:
        restore(other, raw)
        assert _contents(other, project_id) == before
        assert links.open_link(other, token).project_id == project_id  # the link still works
        other.save_project(_with_deadweight(other.load_project(project_id), 0.6), project_id)
        assert history.history(other, project_id)[0].number == 6  # numbering goes on


def test_deleting_a_project_deletes_its_versions_comments_and_links(store):
    project_id, _ = five_versions(store)
    other_id = store.save_project(demo_projects()[1])
    for pid in (project_id, other_id):
        comments.add_comment(store, pid, "opmerking", "Piet")
        links.create_link(store, pid, dt.date.today() + dt.timedelta(days=3))
    store.delete_project(project_id)
    cur = store.cursor()
    for table in ("project_versions", "project_comments", "share_links"):
        ids = {r[0] for r in cur.execute(f"SELECT DISTINCT project_id FROM {table}").fetchall()}
        assert ids == {other_id}, table
