"""AppTest (issue 15 item 13): the Impactkaart prints the convention in force and the rate
sensitivity beside the result; Over de methode lists every convention with its source and
says which is not confirmed. Expected values from the engine at 0 % and 4 % (hand-worked
in tests/core/test_conventions.py)."""

from __future__ import annotations

from impactkaart.core.engine import rate_sensitivity
from impactkaart.text import formats
from tests.app_support import open_page, paragraphs, reopened
from tests.views.test_page_impactkaart import open_impactkaart


def test_impactkaart_shows_the_convention_and_the_factor_at_0_and_4_percent(app_db):
    at = open_impactkaart()
    project_id = at.session_state["project_id"]
    with reopened(app_db) as store:
        project = store.load_project(project_id)
    at = open_impactkaart()
    captions = paragraphs(at.caption)
    assert any(c.startswith("Disconteringsconventie: Nederlandse MKBA-praktijk") for c in captions)
    (line,) = [c for c in captions if c.startswith("Gevoeligheid voor de discontovoet")]
    (_, f0), (_, f4) = rate_sensitivity(project)
    assert f"bij 0,00% {formats.factor(f0, decimals=2)}" in line
    assert f"bij 4,00% {formats.factor(f4, decimals=2)}" in line


def test_methode_lists_every_convention_and_marks_the_unconfirmed_one(app_db):
    at = open_page("views/data/methode.py", lang="en")
    text = " ".join(m.value for m in at.markdown)
    assert "Dutch SCBA practice" in text and "Zorginstituut guideline 2024" in text
    assert "SROI Value Map" in text and "**not confirmed**" in text
    assert sum("Sensitivity to the discount rate" in c.value for c in at.caption) == 3  # demos
