"""A reader that stops early (`impactkaart kpi report --json | head -1`) ends the command
quietly: no BrokenPipeError traceback, for every command (`cli.common.quiet_on_closed_pipe`)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from impactkaart.cli.common import EXIT_PIPE
from impactkaart.cli.main import main
from tests.monitoring.support import GOOD_CSV


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("IMPACTKAART_DB", str(tmp_path / "kpi.duckdb"))
    csv = tmp_path / "m.csv"
    csv.write_text(GOOD_CSV, encoding="utf-8")
    assert main(["kpi", "import", str(csv), "--programme", "Noord"]) == 0
    return {**os.environ, "IMPACTKAART_DB": str(tmp_path / "kpi.duckdb")}


def _with_reader_gone(args: list[str], env: dict) -> subprocess.CompletedProcess:
    """Run the command with stdout a real pipe whose reading end is already closed, as
    when `head -1` has read its line and left: every write fails with EPIPE."""
    read, write = os.pipe()
    os.close(read)
    try:
        proc = subprocess.run([sys.executable, "-m", "impactkaart.cli", *args], stdout=write,
                              stderr=subprocess.PIPE, text=True, env=env, timeout=120)
    finally:
        os.close(write)
    return proc


@pytest.mark.parametrize("args", [["kpi", "report", "--json"], ["kpi", "report"],
                                  ["--english", "kpi", "report", "--json"]])
def test_a_closed_pipe_ends_the_command_quietly(env, args):
    proc = _with_reader_gone(args, env)
    assert proc.stderr == ""
    assert proc.returncode == EXIT_PIPE


def test_head_reads_its_line_and_nothing_is_printed_on_stderr(env):
    """As the user typed it: the first line arrives, whichever side finishes first."""
    proc = subprocess.run(f"'{sys.executable}' -m impactkaart.cli kpi report --json | head -1",
                          shell=True, capture_output=True, text=True, env=env, timeout=120)
    assert proc.stdout == "[\n"
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr
