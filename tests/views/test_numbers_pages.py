"""AppTest: the number fields of the other pages show and read numbers the Dutch way."""

from __future__ import annotations

import pytest

from tests.app_support import fresh_db, open_page


@pytest.fixture
def app_db(tmp_path, monkeypatch):
    yield from fresh_db(tmp_path, monkeypatch)


def asked(at, key):
    return [r for r in at.radio if r.key.startswith(f"{key}__welke")]


def test_the_scenario_form_shows_the_discount_rate_in_dutch_and_asks_about_a_point(app_db):
    at = open_page("views/project/scenarios.py")
    assert at.text_input(key="scenario_discontovoet").value == "2,25"  # was 2.25
    assert at.text_input(key="scenario_bereik").value == "100"
    at.text_input(key="scenario_naam").input("met punt")
    at.text_input(key="scenario_discontovoet").input("2.25")
    at.button[0].click().run()
    [question] = asked(at, "scenario_discontovoet")  # 225 % is outside -5 to 50 %: one reading
    assert question.label == "Bedoelt u met ‘2.25’: 2,25\u00a0%?"
    assert not at.success  # nothing saved on a guess
