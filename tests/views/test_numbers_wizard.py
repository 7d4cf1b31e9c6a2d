"""AppTest: the wizard reads numbers the Dutch way (issue 16: `45.000` stored € 45)."""

from __future__ import annotations

import pytest

from tests.app_support import open_page, reopened, texts

PAGE = "views/project/nieuw_project.py"


def to_step_two(at):
    at.text_input(key="wz_naam").set_value("Buurtkamer")
    at.selectbox(key="wz_type").set_value("eenzaamheid")
    at.text_input(key="wz_looptijd").input("1").run()
    at.button(key="wz_volgende").click().run()
    assert at.subheader[0].value.startswith("Stap 2")
    return at


def asked(at, key):
    """The question under the number field ``key`` (the language switch is a radio too)."""
    (question,) = [r for r in at.radio if r.key.startswith(f"{key}__welke")]
    return question


def saved_cost(at, app_db) -> float:
    """Save from step 3; the project's one cost amount as stored."""
    at.button(key="wz_opslaan").click().run()
    assert not at.exception
    with reopened(app_db) as store:
        project = store.load_project(at.session_state["project_id"])
    (cost,) = project.costs  # one year, one financier
    return cost.amount


@pytest.mark.parametrize(("typed", "amount"), [
    ("45.000", 45_000.0), ("45.000,50", 45_000.5), ("1,5", 1.5), ("€ 1.234", 1_234.0)])
def test_a_dutch_amount_is_stored_as_meant(app_db, typed, amount):
    at = to_step_two(open_page(PAGE))
    at.text_input(key="wz_bereik").input("50")
    at.text_input(key="wz_kosten_gemeente").input(typed).run()
    at.button(key="wz_volgende").click().run()
    assert at.subheader[0].value.startswith("Stap 3")
    assert saved_cost(at, app_db) == amount


def test_two_readings_ask_and_the_answer_is_stored(app_db):
    at = to_step_two(open_page(PAGE))
    at.text_input(key="wz_bereik").input("50")
    at.text_input(key="wz_kosten_gemeente").input("45.00").run()
    question = asked(at, "wz_kosten_gemeente")
    assert question.label == "‘45.00’ kan op twee manieren gelezen worden. Wat bedoelt u?"
    assert question.options == ["€\u00a045", "€\u00a04.500"]
    at.button(key="wz_volgende").click().run()
    assert at.subheader[0].value.startswith("Stap 2")  # no guess: not moved on
    assert not any("Kosten" in e for e in texts(at.error))  # the question is the one message
    asked(at, "wz_kosten_gemeente").set_value(4500.0).run()
    at.button(key="wz_volgende").click().run()
    assert at.subheader[0].value.startswith("Stap 3")
    assert saved_cost(at, app_db) == 4500.0


def test_not_a_number_is_said_under_the_field(app_db):
    at = to_step_two(open_page(PAGE))
    at.text_input(key="wz_bereik").input("vijftig").run()
    assert "‘vijftig’ is geen getal. Typ bijvoorbeeld 45.000 of 1,5." in texts(at.error)


def test_the_field_shows_the_value_back_the_dutch_way(app_db):
    at = to_step_two(open_page(PAGE))
    at.text_input(key="wz_bereik").input("50")
    at.text_input(key="wz_kosten_gemeente").input("45000").run()
    at.button(key="wz_volgende").click().run()
    at.button(key="wz_terug").click().run()
    assert at.text_input(key="wz_kosten_gemeente").value == "45.000"
