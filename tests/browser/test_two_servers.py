"""In Chromium: two `streamlit run` servers on one PostgreSQL share everything. They start
together (the migrations and the demo projects happen once); a scenario saved on one is
open on the other by its URL (`?project=ID`); the CLI works while both run."""

from __future__ import annotations

import re
import subprocess
import sys
import threading

import psycopg
import pytest
from playwright.sync_api import expect

from impactkaart.authoring.demo import demo_projects
from tests import pg_support
from tests.browser.conftest import ROOT, AppServer, wait_idle
from tests.browser.test_url import picker


@pytest.fixture(scope="module")
def two_servers():
    if not pg_support.available():
        pytest.skip("PostgreSQL (initdb, pg_ctl) is niet geïnstalleerd")
    cluster = pg_support.Cluster()
    url = cluster.fresh_schema()
    servers = [AppServer(url), AppServer(url)]
    starts = [threading.Thread(target=s.start) for s in servers]
    for start in starts:
        start.start()
    for start in starts:
        start.join()
    try:
        yield url, servers
    finally:
        for server in servers:
            server.stop()
        cluster.stop()


def test_a_scenario_saved_on_one_server_opens_on_the_other(two_servers, page):
    url, (a, b) = two_servers
    for server in (a, b):
        assert server.proc.poll() is None, "both servers run"
    # Both open the database at once (their first page): migrations and demo projects once.
    other = page.context.new_page()
    page.goto(f"{a.url}/scenarios?project=1", wait_until="commit")
    other.goto(f"{b.url}/", wait_until="commit")
    wait_idle(other)
    other.close()
    wait_idle(page)
    with psycopg.connect(url) as con:
        assert con.execute("SELECT count(*) FROM projects").fetchone()[0] == len(demo_projects())
    wait_idle(page)
    page.get_by_label("Naam van het scenario").fill("op server A")
    page.get_by_role("button", name="Scenario opslaan").click()
    # The page's own word that it is saved: an idle page alone may be the run before it.
    page.get_by_text("opgeslagen als nieuw project").wait_for(timeout=30_000)
    with psycopg.connect(url) as con:
        new_id, name = con.execute("SELECT id, name FROM projects ORDER BY id DESC LIMIT 1").fetchone()
    assert new_id == len(demo_projects()) + 1 and "op server A" in name
    page.goto(f"{b.url}/effecten?project={new_id}")
    wait_idle(page)
    expect(picker(page)).to_have_value(re.compile("^" + re.escape(name[:20])), timeout=30_000)
    # The command line, while both servers run on the database.
    listing = subprocess.run([sys.executable, "-m", "impactkaart.cli", "--db", url, "list"],
                             cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert listing.returncode == 0, listing.stderr
    assert "op server A" in listing.stdout
