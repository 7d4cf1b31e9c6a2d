"""AppTest: the Nieuw project wizard, its validation paths and what it saves."""

from __future__ import annotations

import pytest

from impactkaart.authoring.wizard import WizardInput, build_project
from impactkaart.core.engine import compute
from impactkaart.text import formats
from tests.app_support import open_page, reopened, texts

PAGE = "views/project/nieuw_project.py"


def typed(value) -> str:
    """What a person types for ``value`` in a number field (nothing for None)."""
    return "" if value is None else str(value)


def fill_step_one(at, name="Buurtkamer De Linde", project_type="eenzaamheid", years=2):
    at.text_input(key="wz_naam").set_value(name)
    at.selectbox(key="wz_type").set_value(project_type)
    at.text_input(key="wz_looptijd").input(typed(years)).run()
    at.button(key="wz_volgende").click().run()
    return at


def fill_step_two(at, reach=50, gemeente=40_000):
    at.text_input(key="wz_bereik").input(typed(reach))
    at.text_input(key="wz_kosten_gemeente").input(typed(gemeente)).run()
    at.button(key="wz_volgende").click().run()
    return at


def project_count(path) -> int:
    with reopened(path) as store:
        return len(store.list_projects())


def test_step_one_requires_a_name_and_a_type(app_db):
    at = open_page(PAGE)
    at.button(key="wz_volgende").click().run()
    errors = texts(at.error)
    assert "Projectnaam: mag niet leeg zijn" in errors
    assert "Type project: kies een type uit de lijst" in errors
    assert at.subheader[0].value.startswith("Stap 1")


@pytest.mark.parametrize("reach", [0, -5])
def test_reach_must_be_positive_and_nothing_is_saved(app_db, reach):
    at = fill_step_one(open_page(PAGE))
    before = project_count(app_db)
    at = fill_step_two(at, reach=reach)
    assert at.subheader[0].value.startswith("Stap 2")  # not moved on
    assert "Bereik (deelnemers per jaar): moet groter dan 0 zijn" in texts(at.error)
    assert project_count(app_db) == before


def test_no_cost_is_refused(app_db):
    at = fill_step_two(fill_step_one(open_page(PAGE)), gemeente=None)
    assert at.subheader[0].value.startswith("Stap 2")
    assert any(e.startswith("Kosten: vul voor minstens één financier een bedrag per jaar in")
               for e in texts(at.error))


def test_percentage_out_of_range_blocks_saving(app_db):
    at = fill_step_two(fill_step_one(open_page(PAGE)))
    assert at.subheader[0].value.startswith("Stap 3")
    before = project_count(app_db)
    at.text_input(key="wz_verschil_eenzaamheid_1").input(typed(250)).run()
    at.button(key="wz_opslaan").click().run()
    assert (
        "Vergelijking, effect 2 'minder contacten basis-GGZ': moet tussen -100 % en +200 % liggen"
        in texts(at.error)
    )
    assert project_count(app_db) == before
    assert at.subheader[0].value.startswith("Stap 3")


def test_back_keeps_the_answers(app_db):
    at = fill_step_two(fill_step_one(open_page(PAGE)))
    at.button(key="wz_terug").click().run()
    at.button(key="wz_terug").click().run()
    assert at.text_input(key="wz_naam").value == "Buurtkamer De Linde"
    assert at.selectbox(key="wz_type").value == "eenzaamheid"


def test_a_valid_run_saves_the_project_and_opens_its_impactkaart(app_db):
    at = fill_step_two(fill_step_one(open_page(PAGE)))
    at.text_input(key="wz_verschil_eenzaamheid_0").input(typed(-25)).run()
    # The project built independently from the same answers:
    expected = build_project(WizardInput(
        name="Buurtkamer De Linde", project_type="eenzaamheid", years=2, reach=50,
        costs=(("gemeente", 40_000.0),), changes=(-0.25,),
    ))
    factor = compute(expected).rendementsfactor
    assert any(formats.factor(factor, decimals=2) in s for s in texts(at.success))  # preview
    at.button(key="wz_opslaan").click().run()
    assert not at.exception
    project_id = at.session_state["project_id"]
    with reopened(app_db) as store:
        saved = store.load_project(project_id)
    assert saved == expected
    assert compute(saved).rendementsfactor == factor
    assert at.title[0].value.startswith("Buurtkamer De Linde")  # now on the Impactkaart
