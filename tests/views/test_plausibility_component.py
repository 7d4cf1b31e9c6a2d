"""The plausibility component: an open warning is shown with its reason; "kept on purpose"
saves it with the project, and it then stays out of view, counted in one line."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from impactkaart.core.model import parse_project
from impactkaart.store.projects import Store

# 100 × € 1.010 over € 10.000 = 10,1×: above the factor limit of 10 (docs/method.md §12).
HIGH = {"name": "Te mooi", "project_type": "gezinswerk", "years": 1,
        "costs": [{"year": 1, "financier": "gemeente", "amount": 10000}],
        "effects": [{"outcome": "minder huisartsbezoek", "stakeholder": "zorgverzekeraar",
                     "sector": None, "quantity": 100, "proxy": 1010, "duration": 1,
                     "deadweight": 0, "attribution": 0}]}


def script(lang: str = "nl"):
    from impactkaart.core.engine import compute
    from views.components import plausibility
    from views.components.session import get_store

    store = get_store()
    pid = store.find_project("Te mooi")
    project = store.load_project(pid)
    plausibility.show(project, compute(project), lang, store=store, project_id=pid)


def test_a_warning_is_shown_then_kept_on_purpose_and_saved(app_db):
    with Store(app_db) as store:
        pid = store.save_project(parse_project(HIGH))
    at = AppTest.from_function(script, default_timeout=30)
    at.run()
    assert not at.exception, at.exception
    assert [w.value for w in at.warning] == [
        "De rendementsfactor is 10,1×: boven 10 is dat vaker een tikfout of een dubbeltelling "
        "dan een werkelijk rendement."]
    at.button[0].click().run()
    assert not at.exception, at.exception
    assert not at.warning
    assert [c.value for c in at.caption] == ["1 waarschuwing(en) bewust zo gelaten."]
    from tests.app_support import reopened
    with reopened(app_db) as store:
        assert store.load_project(pid).acknowledged_warnings == ("factor_high",)


def test_in_english_the_warning_is_english(app_db):
    with Store(app_db) as store:
        store.save_project(parse_project(HIGH))
    at = AppTest.from_function(script, args=("en",), default_timeout=30)
    at.run()
    assert [w.value for w in at.warning] == [
        "The return factor is 10.1×: above 10 that is more often a typing slip or double "
        "counting than a real return."]
    assert at.button[0].label == "Kept on purpose"
