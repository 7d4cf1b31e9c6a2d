"""The table importer's problems in English: every problem of the bad-file corpus that is
ours (it has a code) reads in English without a Dutch word, and the same in Dutch reads as
tests/io/test_table_import.py expects. A finding of the project validator is its own
(Dutch) sentence and is left out here."""

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
def test_our_problems_read_in_english(path):
    problems = problems_of(path)
    assert problems, path.name
    ours = [p for p in problems if f"import.problem.{p.message}" in TEXTS]
    for p in ours:
        english = p.what("en")
        assert english != p.what("nl")
        # A validator's sentence inside ours (the percentage hint) is the validator's.
        theirs = [str(v) for name, v in p.values if name == "message"]
        assert not dutch_words(english, theirs), english
        assert not dutch_words(p.where("en").replace(str(p.sheet), ""), []), p.where("en")


def test_most_of_the_corpus_is_ours():
    coded = [any(f"import.problem.{p.message}" in TEXTS for p in problems_of(path)) for path in BAD]
    assert sum(coded) >= len(BAD) - 6  # the rest are the validator's (sector unknown, …)
