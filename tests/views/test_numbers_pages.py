"""AppTest: the number fields of the other pages show and read numbers the Dutch way."""

from __future__ import annotations

from tests.app_support import open_page, pk
from views.components.assumptions import RATE_KEY


def asked(at, key):
    return [r for r in at.radio if r.key.startswith(f"{key}__welke")]


def test_the_scenario_form_shows_the_discount_rate_in_dutch_and_asks_about_a_point(app_db):
    at = open_page("views/project/scenarios.py")
    assert at.text_input(key=pk(at, "scenario_discontovoet")).value == "2,25"  # was 2.25
    assert at.text_input(key=pk(at, "scenario_bereik")).value == "100"
    at.text_input(key=pk(at, "scenario_naam")).input("met punt")
    at.text_input(key=pk(at, "scenario_discontovoet")).input("2.25")
    at.button[0].click().run()
    [question] = asked(at, pk(at, "scenario_discontovoet"))  # 225 % is outside -5 to 50 %: one reading
    assert question.label == "Bedoelt u met ‘2.25’: 2,25\u00a0%?"
    assert not at.success  # nothing saved on a guess


def test_the_what_if_sliders_show_each_percent_with_the_decimals_it_needs(app_db):
    at = open_page("views/project/impactkaart.py")
    options = at.select_slider(key=pk(at, RATE_KEY)).options
    assert {"0%", "2,25%", "3%"} <= set(options)  # not 0,00% and 3,00% beside 2,25%
