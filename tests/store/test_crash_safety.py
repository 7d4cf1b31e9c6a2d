"""No data lost: a killed save, a damaged or foreign file, a database in use."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from impactkaart.authoring.demo import demo_projects
from impactkaart.store.projects import Store, StoreError
from impactkaart.text.safe import md
from tests.crash_support import version

# The DuckDB file as such: a process killed while writing it, damaged blocks, its lock.
pytestmark = pytest.mark.duckdb_only

ROOT = Path(__file__).resolve().parents[2]
KILLS = 5


SAVER = """
import sys
from impactkaart.store.projects import Store
from tests.crash_support import version
store = Store(sys.argv[1])
project_id, k = int(sys.argv[2]), int(sys.argv[3])
print("klaar", flush=True)
while True:
    k += 1
    store.save_project(version(k), project_id)
    print(k, flush=True)  # printed only after the commit returned
"""


def saved_version(store: Store, project_id: int) -> int:
    project = store.load_project(project_id)
    k = int(project.description.removeprefix("versie "))
    assert project == version(k), "the project is not one complete saved version"
    return k


def test_a_save_killed_at_random_moments_leaves_a_complete_earlier_state(tmp_path):
    db = tmp_path / "kill.duckdb"
    with Store(db) as store:
        other = store.save_project(demo_projects()[1])
        project_id = store.save_project(version(0))
    rng = random.Random(8)
    k = 0
    for _ in range(KILLS):
        proc = subprocess.Popen([sys.executable, "-c", SAVER, str(db), str(project_id), str(k)],
                                cwd=ROOT, stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "klaar"
        time.sleep(rng.uniform(0.05, 0.4))
        proc.kill()  # SIGKILL: no cleanup, no rollback, possibly mid-transaction
        proc.wait()
        committed = [int(line) for line in proc.stdout.read().split()]
        last = committed[-1] if committed else k
        with Store(db) as store:  # opens, replays what was committed, drops the rest
            found = saved_version(store, project_id)
            assert store.load_project(other) == demo_projects()[1]
        # Every save that returned is there; the one in flight may or may not be.
        assert last <= found <= last + 1
        k = found
    assert k > 0  # the loop did save something


# --- files that are not ours --------------------------------------------------------------


BLOCK, HEADER = 256 * 1024, 3 * 4096  # DuckDB's block size and its file headers


def test_damage_in_any_block_is_caught_before_the_file_is_touched(tmp_path):
    """Garbage in one block at a time: the store either refuses the file (and leaves it
    byte for byte as it was) or, when the block held nothing in use, gives every project
    back exactly. Never a half-read project, never a traceback."""
    db = tmp_path / "heel.duckdb"
    with Store(db) as store:
        for project in demo_projects():
            store.save_project(project)
        expected = store.load_all()
    original = db.read_bytes()
    refused = 0
    for offset in range(0, len(original), BLOCK)[:8]:
        damaged = bytearray(original)
        start = offset + (64 if offset else 0)
        damaged[start:start + 4000] = os.urandom(4000)
        path = tmp_path / f"kapot-{offset}.duckdb"
        path.write_bytes(bytes(damaged))
        try:
            with Store(path) as store:
                assert store.load_all() == expected
        except StoreError as exc:
            assert "geen leesbare Impactkaart-database" in str(exc)
            assert "niet aangeraakt" in str(exc)
            assert path.read_bytes() == bytes(damaged)
            refused += 1
    assert refused >= 2  # at least the file header and a block with rows


def test_a_duckdb_file_of_another_program_is_refused_untouched(tmp_path):
    db = tmp_path / "ander.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE klanten AS SELECT 1 AS id")
    con.close()
    before = db.read_bytes()
    with pytest.raises(StoreError, match="database van een ander programma"):
        Store(db)
    assert db.read_bytes() == before
    con = duckdb.connect(str(db))
    tables = con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
    con.close()
    assert tables == [("klanten",)]


# --- the app, when the database cannot be opened --------------------------------------------


def run_app() -> AppTest:
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()


def test_the_app_says_in_gebruik_when_another_process_holds_the_database(app_db):
    Store(app_db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys\nfrom impactkaart.store.projects import Store\n"
         f"s = Store({str(app_db)!r})\nprint('open', flush=True)\nsys.stdin.read()"],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        at = run_app()
        assert not at.exception, at.exception
        assert md("in gebruik door een ander programma") in at.error[0].value
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    at = run_app()  # once the other program has gone, the app opens normally
    assert not at.exception and not at.error


def test_the_app_shows_a_damaged_database_and_leaves_it_alone(app_db):
    app_db.write_bytes(b"geen database" * 500)
    at = run_app()
    assert not at.exception, at.exception
    assert md("geen leesbare Impactkaart-database") in at.error[0].value
    assert app_db.read_bytes() == b"geen database" * 500
