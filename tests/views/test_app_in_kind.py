"""AppTest: in-kind inputs edited on the Effecten page, shown on the Impactkaart; the
method panel shows each effect's basis."""

from __future__ import annotations

from impactkaart.core.engine import compute
from impactkaart.text import formats
from tests.app_support import open_page, pk, reopened, texts


def test_a_volunteer_line_typed_the_dutch_way_is_saved_and_counted(app_db):
    at = open_page("views/project/effecten.py")
    project_id = at.session_state["project_id"]
    prefix = f"ik_{project_id}_0"
    at.button(key=f"{prefix}_erbij").click().run()
    at.text_input(key=f"{prefix}_label0").input("tijd van de vrijwilligers")
    at.text_input(key=f"{prefix}_hours0").input("1.600")  # Dutch: sixteen hundred
    at.run()
    assert not at.error
    at.button(key="in_kind_opslaan").click().run()
    assert "Inzet in natura opgeslagen." in texts(at.success)
    with reopened(app_db) as store:
        project = store.load_project(project_id)
    [line] = project.in_kind
    assert (line.label, line.provider, line.hours, line.value_per_hour) == (
        "tijd van de vrijwilligers", "vrijwilligers", 1600.0, 18.8)
    assert line.years == tuple(range(1, project.years + 1))
    result = compute(project)
    at.switch_page("views/project/impactkaart.py").run()
    assert not at.exception
    assert any(formats.euro(result.pv_in_kind) in c and formats.euro(result.pv_budget) in c
               for c in texts(at.caption))


def test_negative_hours_are_refused(app_db):
    at = open_page("views/project/effecten.py")
    prefix = f"ik_{at.session_state['project_id']}_0"
    at.button(key=f"{prefix}_erbij").click().run()
    at.text_input(key=f"{prefix}_label0").input("x")
    at.text_input(key=f"{prefix}_hours0").input("-5")
    at.run()
    assert at.error
    assert at.button(key="in_kind_opslaan").disabled


def test_the_method_panel_shows_the_basis_of_an_effect(app_db):
    at = open_page("views/project/impactkaart.py")
    at.session_state[pk(at, "open_effect_0")] = True
    at.run()
    frames = [f.value for f in at.dataframe]
    basis = [f for f in frames if "Onderbouwing (bron of redenering)" in f.columns]
    assert basis and basis[0]["Onderbouwing (bron of redenering)"].str.startswith(
        "geconstrueerd").all()
