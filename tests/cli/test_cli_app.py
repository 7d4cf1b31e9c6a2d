"""`impactkaart app` starts the app's server, and stopping the command stops the server.

A service manager (systemd, a container runtime) stops a program with SIGTERM to the
process it started. The command used to run Streamlit as a child: the signal ended the
command and left the server answering, with no parent. This starts the real command on a
free port, waits for the server, sends SIGTERM to the command's pid and checks that
nothing answers on that port any more.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the stop signal of a POSIX service")


def _answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


def test_a_stop_signal_to_the_command_stops_the_server(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "IMPACTKAART_DB": str(tmp_path / "app.duckdb")}
    command = subprocess.Popen(
        [sys.executable, "-m", "impactkaart.cli.main", "app", "--headless", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path,
        start_new_session=True)  # its own group: a leftover server can be cleaned up below
    try:
        deadline = time.monotonic() + 90
        while not _answers(port):
            assert command.poll() is None, "impactkaart app stopped before its server answered"
            assert time.monotonic() < deadline, "the server did not answer in 90 s"
            time.sleep(0.3)
        command.send_signal(signal.SIGTERM)
        command.wait(30)
        deadline = time.monotonic() + 15
        while _answers(port) and time.monotonic() < deadline:
            time.sleep(0.3)
        assert not _answers(port), "the server still answers after the command was stopped"
    finally:
        try:
            os.killpg(command.pid, signal.SIGKILL)  # whatever is left of the group
        except ProcessLookupError:
            pass
