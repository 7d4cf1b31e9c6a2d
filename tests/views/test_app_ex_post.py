"""AppTest: Ex ante / ex post — measurements persist, totals are the engine's."""

from __future__ import annotations

import pytest

from impactkaart.core.engine import compute
from impactkaart.text import formats
from tests.app_support import fresh_db, open_page, reopened, texts


@pytest.fixture
def app_db(tmp_path, monkeypatch):
    yield from fresh_db(tmp_path, monkeypatch)


PAGE = "views/project/ex_post.py"


def metric(at, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def measure(at, rows: dict[int, float | None]):
    at.session_state[at.data_editor[0].key] = {
        "edited_rows": {i: {"measured": v} for i, v in rows.items()},
        "added_rows": [], "deleted_rows": [],
    }
    return at.run()


def test_without_measurements_the_measured_side_is_zero_and_says_why(app_db):
    at = open_page(PAGE)
    assert metric(at, "Baten gemeten (contante waarde)") == formats.euro(0)
    assert any("zonder meting telt in het gemeten resultaat als 0" in i.value for i in at.info)


def test_measurements_persist_and_totals_equal_the_engine(app_db):
    at = open_page(PAGE)
    project_id = at.session_state["project_id"]
    measure(at, {0: 500.0, 2: 700.0})
    assert not at.error
    at.button(key="expost_opslaan").click().run()
    assert "Metingen opgeslagen." in texts(at.success)
    with reopened(app_db) as store:
        project = store.load_project(project_id)
    assert [e.quantity_ex_post for e in project.effects[:3]] == [500.0, None, 700.0]
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


def test_a_negative_measurement_is_refused_and_not_saved(app_db):
    at = open_page(PAGE)
    project_id = at.session_state["project_id"]
    measure(at, {1: -3.0})
    assert "Rij 2, gemeten aantal per jaar (ex post): mag niet negatief zijn" in texts(at.error)
    assert at.button(key="expost_opslaan").disabled
    with reopened(app_db) as store:
        assert all(e.quantity_ex_post is None for e in store.load_project(project_id).effects)
