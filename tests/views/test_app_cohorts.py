"""AppTest: cohorts on the Effecten page (issue 16 item 4): old per-cohort rows merged into
one effect by one click, and an effect's cohorts edited in its own small table."""

from __future__ import annotations

import pytest

from impactkaart.core.engine import compute
from impactkaart.core.model import parse_project
from impactkaart.store.projects import Store
from tests.app_support import open_page, reopened, texts
from tests.authoring.test_cohorts import old_rows_project


def opened_on(project_id: int, lang: str = "nl"):
    at = open_page("views/project/effecten.py", lang)
    at.session_state["project_id"] = project_id
    at.run()
    assert not at.exception, at.exception
    return at


def test_old_cohort_rows_are_merged_with_one_click_and_compute_the_same(app_db):
    before = parse_project(old_rows_project())
    with Store(app_db) as store:
        project_id = store.save_project(before)
    at = opened_on(project_id)
    assert any("3 rijen zijn cohorten van 1 effect" in i for i in texts(at.info))
    at.button(key=f"p{project_id}_cohorten_samenvoegen").click().run()
    assert "3 rijen zijn samengevoegd tot 1 effect(en)." in texts(at.success)
    with reopened(app_db) as store:
        merged = store.load_project(project_id)
    assert len(merged.effects) == 2
    assert compute(merged).pv_benefits == pytest.approx(compute(before).pv_benefits, abs=0.005)


def test_the_cohort_editor_opens_on_any_effect_in_english(app_db):
    # (reading and checking the typed cohorts: tests/authoring/test_cohorts.py)
    before = parse_project(old_rows_project())
    with Store(app_db) as store:
        project_id = store.save_project(before)
    at = opened_on(project_id, "en")
    assert not at.error
    assert any("Merge cohorts" == b.label for b in at.button)
    at.selectbox(key=f"p{project_id}_cohorten_effect").set_value(3).run()
    assert not at.error
    assert at.button(key=f"p{project_id}_cohorten_opslaan").disabled  # nothing changed yet


def test_the_ex_post_page_says_a_measurement_is_the_total_of_the_cohorts(app_db):
    from tests.core.test_cohorts import gp_project
    project = parse_project(gp_project({"cohorts": [{"start_year": 1, "quantity": 200},
                                                    {"start_year": 2, "quantity": 100}]}))
    with Store(app_db) as store:
        project_id = store.save_project(project)
    at = open_page("views/project/ex_post.py")
    at.session_state["project_id"] = project_id
    at.run()
    assert not at.exception, at.exception
    assert any("Dit effect heeft 2 cohorten" in c for c in texts(at.caption))
