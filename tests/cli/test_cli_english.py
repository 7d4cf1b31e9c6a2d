"""`--lang en` / `--english`: the command line in English, Dutch by default; and
`python -m impactkaart.cli` runs the same command."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from impactkaart.cli.main import main
from tests.cli.test_cli import EXPECTED_FACTOR, VALID, write
from tests.views.test_english import DUTCH


def dutch_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-zà-ÿ']+", text.lower()) if w in DUTCH}


@pytest.mark.parametrize("option", [["--lang", "en"], ["--english"], ["--lang=en"]])
def test_the_summary_in_english(tmp_path, capsys, option):
    assert main([*option, "compute", str(write(tmp_path, VALID))]) == 0
    out = capsys.readouterr().out
    factor = f"{EXPECTED_FACTOR:.2f}×"  # 0.95×: English decimal point
    assert f"Return factor: {factor}" in out
    assert "Benefits (present value): € 955" in out.replace("\u00a0", " ")
    assert "Health insurer" in out  # the party's name, not its key
    # The project's own words (its name and outcome) are Dutch; ours are not.
    assert dutch_words(out.replace(VALID["name"], "")) == set(), out


def test_the_option_may_follow_the_command(tmp_path, capsys):
    assert main(["compute", str(write(tmp_path, VALID)), "--lang", "en"]) == 0
    assert "Return factor:" in capsys.readouterr().out


def test_dutch_stays_the_default(tmp_path, capsys):
    assert main(["compute", str(write(tmp_path, VALID))]) == 0
    assert "Rendementsfactor: 0,95×" in capsys.readouterr().out


def test_a_table_problem_in_english(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("IMPACTKAART_DB", str(tmp_path / "db.duckdb"))
    assert main(["--english", "import-table", str(tmp_path / "missing.csv"), "--project", "1"]) == 2
    assert capsys.readouterr().err.strip() == f"{tmp_path / 'missing.csv'}: File not found"
    empty = tmp_path / "empty.csv"
    empty.write_text("   \n", encoding="utf-8")
    assert main(["--english", "import-table", str(empty), "--project", "x", "--nieuw"]) == 2
    assert capsys.readouterr().err.splitlines() == [f"{empty}: The file is empty",
                                                    "Nothing has been saved."]


def test_help_in_english(capsys):
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    out = capsys.readouterr().out
    assert "compute a project file (JSON)" in out and "reken" not in out


def test_python_m_impactkaart_cli(tmp_path):
    env = {**os.environ, "IMPACTKAART_DB": str(tmp_path / "x.duckdb")}
    proc = subprocess.run([sys.executable, "-m", "impactkaart.cli", "--english", "compute",
                           str(write(tmp_path, VALID))],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "Return factor: 0.95×" in proc.stdout
