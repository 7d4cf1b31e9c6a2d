"""PostgreSQL as the store of several processes: bad configuration told in Dutch (exit 2 in
the CLI, never a traceback, never another database), a newer schema refused, and no
update lost when two processes with fifteen writers each edit the same workspaces."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from impactkaart.cli.main import main
from impactkaart.store.migrations import latest
from impactkaart.store.projects import ConfigError, Store
from tests import pg_support
from tests.store.conftest import cluster

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def url(backend):
    if backend != "postgresql":
        pytest.skip("over PostgreSQL")
    return cluster().fresh_schema()


def cli(args, capsys):
    status = main(args)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return status, err


def test_a_schema_from_a_newer_version_is_refused_untouched(url, capsys):
    Store(url).close()
    with psycopg.connect(url, autocommit=True) as con:
        con.execute("INSERT INTO schema_version (version) VALUES (%s)", [latest() + 1])
        before = con.execute("SELECT count(*) FROM information_schema.tables "
                             "WHERE table_schema = current_schema()").fetchone()
    with pytest.raises(ConfigError, match="nieuwere versie van Impactkaart"):
        Store(url)
    status, err = cli(["--db", url, "list"], capsys)
    assert status == 2 and f"schemaversie {latest() + 1}" in err
    with psycopg.connect(url, autocommit=True) as con:
        assert con.execute("SELECT max(version) FROM schema_version").fetchone()[0] == latest() + 1
        assert con.execute("SELECT count(*) FROM information_schema.tables "
                           "WHERE table_schema = current_schema()").fetchone() == before


def test_an_unreachable_server_is_told_and_nothing_else_is_opened(url, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    nowhere = f"postgresql://ik@/postgres?host={tmp_path}&port={pg_support.free_port()}"
    with pytest.raises(ConfigError, match="niet bereikbaar"):
        Store(nowhere)
    status, err = cli(["--db", nowhere, "list"], capsys)
    assert status == 2 and "De PostgreSQL-database" in err and "niet bereikbaar" in err
    assert list(tmp_path.iterdir()) == []  # no DuckDB file made in its place


def test_a_wrong_password_is_told_without_showing_it(url, capsys):
    pg = cluster()
    wrong = (f"postgresql://{pg_support.PASSWORD_USER}:fout-wachtwoord@/postgres"
             f"?host={pg.dir}&port={pg.port}")
    status, err = cli(["--db", wrong, "list"], capsys)
    assert status == 2 and "wachtwoord klopt niet" in err
    assert "fout-wachtwoord" not in err and "***" in err
    right = wrong.replace("fout-wachtwoord", pg_support.PASSWORD)
    with psycopg.connect(url, autocommit=True) as con:  # the role may use a schema of its own
        con.execute(f"CREATE SCHEMA AUTHORIZATION {pg_support.PASSWORD_USER}")
    with Store(right) as store:  # the right one opens
        assert store.list_projects().empty


def test_the_environment_variable_takes_a_url(url, monkeypatch, capsys):
    monkeypatch.setenv("IMPACTKAART_DB", url)
    status, _ = cli(["list"], capsys)
    assert status == 0
    with psycopg.connect(url) as con:
        assert con.execute("SELECT count(*) FROM schema_version").fetchone()[0] == latest()


WRITERS = """
import sys, threading
from impactkaart.store.projects import Store
url, first, count, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
store = Store(url, pool_size=count)
print("klaar", flush=True)
sys.stdin.readline()  # both processes start writing together

def bump_by_hand(cur, workspace):
    # read, think, write back: the update a lock must protect
    (version,) = cur.execute("SELECT version FROM workspaces WHERE id = ?", [workspace]).fetchone()
    cur.execute("UPDATE workspaces SET version = ? WHERE id = ?", [version + 1, workspace])

def writer(n):
    workspace = f"w{n % 4}"  # 30 writers on 4 workspaces: several on each
    for _ in range(rounds):
        store.write(lambda cur: bump_by_hand(cur, workspace))

threads = [threading.Thread(target=writer, args=(n,)) for n in range(first, first + count)]
for t in threads: t.start()
for t in threads: t.join()
print("klaar", flush=True)
"""


def test_two_processes_thirty_writers_lose_no_update(url):
    with Store(url) as store:
        store.write(lambda cur: [cur.execute(
            "INSERT INTO workspaces (id, workshop_id, attendee, token_hash) VALUES (?, 'ws', ?, ?)",
            [f"w{i}", f"deelnemer {i}", f"hash{i}"]) for i in range(4)])
    rounds = 10
    procs = [subprocess.Popen([sys.executable, "-c", WRITERS, url, str(first), "15", str(rounds)],
                              cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
             for first in (0, 15)]
    for proc in procs:
        assert proc.stdout.readline().strip() == "klaar"
    for proc in procs:
        proc.stdin.write("\n")
        proc.stdin.flush()
    for proc in procs:
        assert proc.wait(timeout=120) == 0
    # Writer n edits workspace n % 4: 30 writers give w0, w1 eight each, w2, w3 seven each.
    expected = {"w0": 8 * rounds, "w1": 8 * rounds, "w2": 7 * rounds, "w3": 7 * rounds}
    with psycopg.connect(url) as con:
        found = dict(con.execute("SELECT id, version FROM workspaces").fetchall())
    assert found == expected


def test_attendees_on_two_servers_are_all_in_the_facilitators_overview(url):
    """Two stores on one URL (two servers' pools): an attendee joins on each, the overview
    read on either lists both, and a field one sets is read by the other."""
    import datetime as dt

    from impactkaart.workshop.rooms import (
        create_workshop,
        join_workshop,
        load_design,
        workspaces_of,
    )

    with Store(url) as a, Store(url) as b:
        today = dt.date.today()
        made = create_workshop(a, "Twee servers", today, now=dt.datetime.now())
        ws_a, _ = join_workshop(a, made.workshop.join_code, "Ayla")
        ws_b, _ = join_workshop(b, made.workshop.join_code, "Bram")
        for store in (a, b):
            assert [w.attendee for w in workspaces_of(store, made.workshop.id)] == ["Ayla", "Bram"]
        design = load_design(a, ws_b.id)  # B's workspace, read through A
        assert design.workspace_id == ws_b.id


def test_the_app_tells_an_unreachable_server_at_start_up(url, tmp_path, monkeypatch):
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from impactkaart.text.safe import md

    nowhere = f"postgresql://ik:geheim-wachtwoord@/postgres?host={tmp_path}&port={pg_support.free_port()}"
    monkeypatch.setenv("IMPACTKAART_DB", nowhere)
    monkeypatch.setenv("HOME", str(tmp_path))  # a DuckDB file in the data folder would show here
    st.cache_resource.clear()
    try:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    finally:
        st.cache_resource.clear()
    assert not at.exception, at.exception
    assert md("niet bereikbaar") in at.error[0].value
    assert "geheim-wachtwoord" not in at.error[0].value
    assert not list(tmp_path.rglob("*.duckdb"))
