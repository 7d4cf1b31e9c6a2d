"""The table importer's problems in English: every problem of the bad-file corpus, the
project validator's findings included, reads in English without a Dutch word, and the
same in Dutch reads as tests/io/test_table_import.py expects."""

from __future__ import annotations

from pathlib import Path

import pytest

from impactkaart.io.imports.problems import TableImportError
from impactkaart.io.imports.tables import NewProject, import_file
from impactkaart.text.catalogue import TEXTS
from tests.views.test_english import dutch_words

BAD = sorted(p for p in (Path(__file__).resolve().parents[1] / "data" / "bad").iterdir()
             if p.name != "expected.json")


def problems_of(path: Path):
    try:
        import_file(path.read_bytes(), path.name, None, NewProject("Test"))
    except TableImportError as exc:
        return exc.problems
    return []


@pytest.mark.parametrize("path", BAD, ids=[p.name for p in BAD])
def test_every_problem_reads_in_english(path):
    problems = problems_of(path)
    assert problems, path.name
    for p in problems:
        assert f"import.problem.{p.message}" in TEXTS, p
        english = p.what("en")
        assert english != p.what("nl")
        # The cell's own text is the user's: only our words around it count.
        assert not dutch_words(english.replace(p.value or "\0", " "), []), english
        assert not dutch_words(p.where("en").replace(str(p.sheet), ""), []), p.where("en")


def test_a_validator_finding_follows_the_language(tmp_path):
    path = tmp_path / "effecten.csv"
    path.write_text("Effect;Wie profiteert;Aantal;Waarde per eenheid;Duur;Nul-effect;Toerekening\n"
                    "minder bezoek;gemeente;10;100;2;1,5;0\n", encoding="utf-8")
    (found,) = problems_of(path)
    assert found.text("nl") == "Rij 2, kolom 'Nul-effect': '1,5' moet tussen 0 en 1 liggen"
    assert found.text("en") == "Row 2, column 'Nul-effect': '1,5' must be between 0 and 1"
