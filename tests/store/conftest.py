"""The store suite runs on both backends: every test of tests/store once on DuckDB (a file)
and once on PostgreSQL (a schema of its own in a throwaway cluster, tests/pg_support.py).

The tests open stores by path (``Store(tmp_path / "a.duckdb")``, ``--db PATH`` in the
CLI); in the PostgreSQL run every such path is a name for a fresh schema of the cluster
(`Store` and the CLI get its URL: `impactkaart.store.projects.default_location` and the
location given to `Store` go through `_where`). Tests about a DuckDB file as such (a damaged
block, a file of another program, the "in gebruik" lock, upgrading old files) are
marked ``duckdb_only``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import pg_support

_CLUSTER: pg_support.Cluster | None = None


def cluster() -> pg_support.Cluster:
    global _CLUSTER
    if _CLUSTER is None:
        if not pg_support.available():
            pytest.skip("PostgreSQL (initdb, pg_ctl) is niet geïnstalleerd")
        _CLUSTER = pg_support.Cluster()
    return _CLUSTER


def pytest_configure(config):
    config.addinivalue_line("markers", "duckdb_only: a test of the DuckDB file as such")


@pytest.fixture(params=["duckdb", "postgresql"], autouse=True)
def backend(request, monkeypatch):
    """Which engine this run of the test uses; on PostgreSQL paths become schemas."""
    if request.param == "duckdb":
        yield "duckdb"
        return
    if request.node.get_closest_marker("duckdb_only"):
        pytest.skip("gaat over het DuckDB-bestand zelf")
    pg = cluster()
    schemas: dict[str, str] = {}

    def where(location):
        if isinstance(location, str) and location.startswith("postgresql://"):
            return location
        key = str(Path(location).resolve()) if str(location) != ":memory:" else str(id(request))
        if key not in schemas:
            schemas[key] = pg.fresh_schema()
        return schemas[key]

    from impactkaart.store import projects

    original = projects.Store.__init__

    def init(self, path=None, *args, **kwargs):
        location = path if path is not None else projects.default_location()
        original(self, where(location), *args, **kwargs)
        if not (isinstance(location, str) and location.startswith("postgresql://")):
            self.backup_folder = Path(location).parent  # as the DuckDB file's would be

    monkeypatch.setattr(projects.Store, "__init__", init)
    yield "postgresql"


@pytest.fixture(scope="session", autouse=True)
def _stop_cluster():
    yield
    if _CLUSTER is not None:
        _CLUSTER.stop()
