"""A throwaway PostgreSQL 15 cluster for the tests: initdb in a temporary folder, a unix
socket in that folder (nothing on the network), a free port; stopped at the end.

`initdb` refuses to run as root: as root the folder belongs to the ``postgres`` user
and the server runs as that user (runuser). Where PostgreSQL is missing the tests that
need it are skipped with the reason (CI has it: the Makefile installs it).
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

PASSWORD_USER, PASSWORD = "geheim", "juist-wachtwoord"  # a role that must log in with it
BIN_DIRS = ("/usr/local/bin", "/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin",
            "/usr/lib/postgresql/17/bin")


def pg_bin(name: str) -> str | None:
    for folder in BIN_DIRS:
        if os.access(Path(folder) / name, os.X_OK):
            return str(Path(folder) / name)
    return shutil.which(name)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="ik-pg-"))
        self.port = free_port()
        self.user = "ik"
        as_root = os.geteuid() == 0
        self._run_as = ["runuser", "-u", "postgres", "--"] if as_root else []
        if as_root:
            shutil.chown(self.dir, "postgres")
        self.data = self.dir / "data"
        subprocess.run([*self._run_as, pg_bin("initdb"), "-D", str(self.data), "-A", "trust",
                        "-U", self.user, "--no-sync"], check=True, capture_output=True)
        # One role must give its password (the wrong-password test); every other may trust.
        hba = self.data / "pg_hba.conf"
        hba.write_text(f"local all {PASSWORD_USER} scram-sha-256\n" + hba.read_text())
        options = (f"-p {self.port} -k {self.dir} -c listen_addresses='' -c fsync=off "
                   "-c max_connections=200")
        subprocess.run([*self._run_as, pg_bin("pg_ctl"), "-D", str(self.data), "-o", options,
                        "-l", str(self.dir / "log"), "-w", "start"], check=True,
                       capture_output=True)
        atexit.register(self.stop)
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as con:
            con.execute(f"CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD '{PASSWORD}'")

    def url(self, database: str = "postgres", schema: str | None = None) -> str:
        url = f"postgresql://{self.user}@/{database}?host={self.dir}&port={self.port}"
        if schema:
            url += f"&options=-csearch_path%3D{schema}"
        return url

    def fresh_schema(self) -> str:
        """A URL of an empty schema of its own: one store per test, created in milliseconds."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url(), autocommit=True) as con:
            con.execute(f"CREATE SCHEMA {name}")
        return self.url(schema=name)

    def stop(self) -> None:
        if self.data.exists():
            subprocess.run([*self._run_as, pg_bin("pg_ctl"), "-D", str(self.data), "-m",
                            "immediate", "-w", "stop"], capture_output=True)
            shutil.rmtree(self.dir, ignore_errors=True)


def available() -> bool:
    return pg_bin("initdb") is not None and pg_bin("pg_ctl") is not None
