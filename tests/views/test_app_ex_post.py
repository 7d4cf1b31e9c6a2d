"""AppTest: Ex ante / ex post — measurements persist, totals are the engine's."""

from __future__ import annotations

import pytest

from impactkaart.core.engine import compute
from impactkaart.text import formats
from tests.app_support import open_page, reopened, texts

PAGE = "views/project/ex_post.py"


def metric(at, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def key(at, name: str) -> str:
    """The page's field for ``name`` (q0: measured quantity of effect 1, deadweight0, c0: cost 1)."""
    return f"ep_{at.session_state['project_id']}_0_{name}"


def type_in(at, fields: dict[str, str]):
    for name, typed in fields.items():
        at.text_input(key=key(at, name)).input(typed)
    return at.run()


def test_without_measurements_the_measured_side_is_zero_and_says_why(app_db):
    at = open_page(PAGE)
    assert metric(at, "Baten gemeten (contante waarde)") == formats.euro(0)
    assert any("zonder meting telt in het gemeten resultaat als 0" in i.value for i in at.info)


def test_measurements_persist_and_totals_equal_the_engine(app_db):
    at = open_page(PAGE)
    project_id = at.session_state["project_id"]
    type_in(at, {"q0": "500", "q2": "1.500"})  # Dutch: 1.500 is fifteen hundred
    assert not at.error
    at.button(key="expost_opslaan").click().run()
    assert "Metingen opgeslagen." in texts(at.success)
    with reopened(app_db) as store:
        project = store.load_project(project_id)
    assert [e.quantity_ex_post for e in project.effects[:3]] == [500.0, None, 1500.0]
    at.run()
    expected, measured = compute(project), compute(project, measured=True)
    assert metric(at, "Rendementsfactor, verwacht") == formats.factor(
        expected.rendementsfactor, decimals=2)
    assert metric(at, "Rendementsfactor, gemeten") == formats.factor(
        measured.rendementsfactor, decimals=2)
    assert metric(at, "Baten gemeten (contante waarde)") == formats.euro(measured.pv_benefits)
    total = at.dataframe[-1].value.iloc[-1]
    assert total["Effect"] == "Totaal"
    assert total["Baten gemeten (€, cw)"] == formats.euro(measured.pv_benefits)
    assert len(at.get("vega_lite_chart")) + len(at.get("arrow_vega_lite_chart")) >= 1


def test_realised_costs_and_reestimated_shares_are_saved_and_counted(app_db):
    at = open_page(PAGE)
    project_id = at.session_state["project_id"]
    with reopened(app_db) as store:
        before = store.load_project(project_id)
    lines = len(before.costs)
    type_in(at, {"c0": "45.000,50", "deadweight0": "40", "q0": "10"})
    assert not at.error
    assert f"{lines - 1} van {lines} kostenregels zonder gerealiseerd bedrag" in " ".join(
        texts(at.caption))
    at.button(key="expost_opslaan").click().run()
    with reopened(app_db) as store:
        project = store.load_project(project_id)
    assert project.costs[0].amount_ex_post == 45000.5
    assert [c.amount_ex_post for c in project.costs[1:]] == [None] * (lines - 1)
    assert project.effects[0].deadweight_ex_post == pytest.approx(0.4)  # typed 40 means 40 %
    assert project.effects[0].attribution_ex_post is None
    at.run()
    measured = compute(project, measured=True)
    assert metric(at, "Kosten gerealiseerd (contante waarde)") == formats.euro(measured.pv_costs)
    assert metric(at, "Kosten verwacht (contante waarde)") == formats.euro(compute(project).pv_costs)
    assert at.get("download_button")


def test_a_negative_measurement_is_refused_and_not_saved(app_db):
    at = open_page(PAGE)
    project_id = at.session_state["project_id"]
    type_in(at, {"q1": "-3"})
    assert at.error
    assert at.button(key="expost_opslaan").disabled
    with reopened(app_db) as store:
        assert all(e.quantity_ex_post is None for e in store.load_project(project_id).effects)
