"""Golden tests of the change descriptions: each kind of change, in Dutch and in English.

The expected sentences are written out by hand from the catalogue's words and the
number formats (Dutch: € 1.234 and 20%; English: € 1,234), never copied from output.
"""

from __future__ import annotations

import copy

import pytest

from impactkaart.authoring.demo import demo_projects
from impactkaart.versions.changes import differences, from_json, summary, to_json

NBSP = "\u00a0"
HUISARTS = "minder huisartsbezoek"


@pytest.fixture
def base() -> dict:
    data = demo_projects()[0].to_dict()
    # The effect the changes are made to, with values of our own (the demo's may move).
    _effect(data, HUISARTS).update(deadweight=0.15, quantity=400.0, proxy=34.57)
    return data


def _effect(data: dict, outcome: str) -> dict:
    return next(e for e in data["effects"] if e["outcome"] == outcome)


def _edit(base, change):
    new = copy.deepcopy(base)
    change(new)
    return new


def deadweight(d):
    _effect(d, HUISARTS)["deadweight"] = 0.3


def add_effect(d):
    d["effects"].append({**copy.deepcopy(_effect(d, HUISARTS)), "outcome": "minder eenzaamheid",
                         "stakeholder": "deelnemer"})


def remove_effect(d):
    d["effects"] = [e for e in d["effects"] if e["outcome"] != HUISARTS]


def cost(d):
    d["costs"][0]["amount"] = 120000.0


def add_cost(d):
    d["costs"].append({"year": 4, "financier": "zorgverzekeraar", "amount": 5000.0})


def remove_cost(d):
    d["costs"] = [c for c in d["costs"] if not (c["year"] == 3 and c["financier"] == "aanbieder")]


def ranges(d):
    _effect(d, HUISARTS)["ranges"] = {"deadweight": {"low": 0.1, "high": 0.3,
                                                     "distribution": "triangular"}}


def years(d):
    d["years"] = 5


def rate(d):
    d["discount_rate"] = 0.03


def name(d):
    d["name"] = "Gezinswerk 2.0"


def rename_effect(d):
    _effect(d, HUISARTS)["outcome"] = "minder bezoek aan de huisarts"


def quantity(d):
    _effect(d, HUISARTS)["quantity"] = 250.5


def proxy(d):
    _effect(d, HUISARTS)["proxy"] = 40.0


def stakeholder(d):
    _effect(d, HUISARTS)["stakeholder"] = "gemeente"


GOLDEN = [
    (deadweight, [f"deadweight van '{HUISARTS}' 15% → 30%"], [f"deadweight of '{HUISARTS}' 15% → 30%"]),
    (add_effect, ["effect toegevoegd: 'minder eenzaamheid' (Deelnemers)"],
     ["effect added: 'minder eenzaamheid' (Participants)"]),
    (remove_effect, [f"effect verwijderd: '{HUISARTS}'"], [f"effect removed: '{HUISARTS}'"]),
    (cost, [f"bedrag van de kosten in jaar 1 (Gemeente) €{NBSP}100.000 → €{NBSP}120.000"],
     [f"amount of the cost in year 1 (Municipality) €{NBSP}100,000 → €{NBSP}120,000"]),
    (add_cost, [f"kosten toegevoegd: jaar 4, Zorgverzekeraar, €{NBSP}5.000"],
     [f"cost added: year 4, Health insurer, €{NBSP}5,000"]),
    (remove_cost, [f"kosten verwijderd: jaar 3, Aanbieder, €{NBSP}10.000"],
     [f"cost removed: year 3, Provider, €{NBSP}10,000"]),
    (ranges, [f"bandbreedte van deadweight van '{HUISARTS}' geen bandbreedte → 10%–30%"],
     [f"range of deadweight of '{HUISARTS}' no range → 10%–30%"]),
    (years, ["looptijd (jaren) 3 → 5"], ["duration (years) 3 → 5"]),
    (rate, ["discontovoet 2,2% → 3%"], ["discount rate 2.2% → 3%"]),
    (name, ["naam 'Gezinswerk Twenterand (illustratief)' → 'Gezinswerk 2.0'"],
     ["name 'Gezinswerk Twenterand (illustratief)' → 'Gezinswerk 2.0'"]),
    (rename_effect, [f"naam van het effect van 'minder bezoek aan de huisarts' '{HUISARTS}' → "
                     "'minder bezoek aan de huisarts'"],
     [f"name of the effect of 'minder bezoek aan de huisarts' '{HUISARTS}' → "
      "'minder bezoek aan de huisarts'"]),
    (quantity, [f"aantal van '{HUISARTS}' 400 → 250,50"], [f"quantity of '{HUISARTS}' 400 → 250.50"]),
    (proxy, [f"waarde per eenheid van '{HUISARTS}' €{NBSP}34,57 → €{NBSP}40"],
     [f"value per unit of '{HUISARTS}' €{NBSP}34.57 → €{NBSP}40"]),
    (stakeholder, [f"belanghebbende van '{HUISARTS}' Zorgverzekeraar → Gemeente"],
     [f"stakeholder of '{HUISARTS}' Health insurer → Municipality"]),
]


@pytest.mark.parametrize(("change", "dutch", "english"), GOLDEN, ids=[g[0].__name__ for g in GOLDEN])
def test_each_kind_of_change_in_words(base, change, dutch, english):
    found = differences(base, _edit(base, change))
    assert summary(found, "nl") == dutch
    assert summary(found, "en") == english
    assert summary(from_json(to_json(found)), "nl") == dutch  # as stored with the version


def test_the_first_version_says_the_project_was_created(base):
    assert summary(differences(None, base), "nl") == ["project aangemaakt: Gezinswerk Twenterand (illustratief)"]
    assert summary(differences(None, base), "en") == ["project created: Gezinswerk Twenterand (illustratief)"]


def test_a_new_order_of_the_effects_is_no_change(base):
    assert differences(base, _edit(base, lambda d: d["effects"].reverse())) == []


def test_several_changes_are_each_named_and_a_long_list_ends_in_a_count(base):
    new = _edit(base, lambda d: (deadweight(d), years(d), add_cost(d)))
    assert len(differences(base, new)) == 3
    assert summary(differences(base, new), "nl", limit=2)[-1] == "… en nog 1 wijziging(en)"
