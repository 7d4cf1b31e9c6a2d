"""Composite proxies (issue 15 item 3): the problematic-debt cost per household split by
bearer as its source gives it, ``includes`` naming what a composite holds, the loader
refusing a bad ``includes``, and the warning when a project counts a composite beside one of
its parts, worded in both languages and shown in the exports."""

from __future__ import annotations

import io
import shutil

import pandas as pd
import pytest
from openpyxl import load_workbook

from impactkaart.authoring.demo import demo_projects
from impactkaart.cases.model import CATALOGUE, ITEMS
from impactkaart.core.model import parse_project
from impactkaart.core.proxies import composite_overlaps, parts_of, proxy_row
from impactkaart.core.reference import (
    DATA_DIR,
    ReferenceDataError,
    default_reference,
    load_reference,
)
from impactkaart.io.exports.excel import excel_bytes
from impactkaart.text.proxies import overlap_warnings

DEBT = "problematische_schulden_huishouden"
HOUSEHOLDS = 726_210  # CBS 2023, Panteia/HU/Nibud p.7
# (amount in euro per year for NL, bearer) per part, as Panteia/HU/Nibud 2024 gives it
PARTS = {
    "schulden_deel_werkgevers": (4_472_097_000 + 53_200_000, "werkgever"),  # p.42 + p.17
    "schulden_deel_schuldeisers": (1_240_000_000, "schuldeisers"),  # p.44
    "schulden_deel_uitkeringen": (444_636_486, "uwv"),  # p.43
    "schulden_deel_ondersteuning": (1_000_000_000 - 37_000_000, "gemeente"),  # p.17
    "schulden_deel_uithuiszettingen": (37_000_000, "woningcorporatie"),  # p.34
    "schulden_deel_gezondheid": (438_000_000, "zorgverzekeraar"),  # p.17
    "schulden_deel_invordering": (849_000_000, "deelnemer"),  # p.17
}


def _project(*keys):
    return parse_project({
        "name": "Samengesteld", "years": 1, "project_type": "schuldhulpverlening",
        "costs": [{"year": 1, "financier": "gemeente", "amount": 1000}],
        "effects": [{"outcome": f"effect {k}", "stakeholder": "gemeente", "quantity": 1,
                     "proxy": float(proxy_row(k)["value"]), "proxy_key": k, "duration": 1,
                     "deadweight": 0, "attribution": 0} for k in keys],
    })


def test_the_debt_proxy_is_split_by_bearer_as_the_source_gives_it():
    for key, (amount, bearer) in PARTS.items():
        row = proxy_row(key)
        assert row["value"] == pytest.approx(amount / HOUSEHOLDS, abs=0.005), key
        assert row["default_stakeholder"] == bearer, key
    # e.g. the employers: 4.525.297.000 / 726.210 = 6.231,39, more than half of 11.705
    assert proxy_row("schulden_deel_werkgevers")["value"] == 6231.39
    # the parts add up to 8.496.933.486 / 726.210 = 11.700,38: the total's €8,5 bn is rounded
    total = sum(proxy_row(k)["value"] for k in PARTS)
    assert total == pytest.approx(11700.38, abs=0.01)
    assert total == pytest.approx(proxy_row(DEBT)["value"], rel=0.001)
    # uncollectable claims and benefits are transfers: what the bearer saves, the debtor loses
    assert {k for k in PARTS if proxy_row(k)["transfer"]} == {
        "schulden_deel_schuldeisers", "schulden_deel_uitkeringen"}


def test_the_total_includes_its_parts_and_what_they_rest_on():
    assert set(PARTS) <= parts_of(DEBT)
    # through the parts: the WW benefit, the CPB GGZ figure, the kanton court case
    assert {"ww_jaar", "schulden_extra_ggz_persoon", "rechtszaak_kanton"} <= parts_of(DEBT)
    assert parts_of("huisartsconsult") == set()
    assert "politie_opsporing_delict" in parts_of("delict_vernieling")


def test_overlaps_are_each_composite_beside_each_of_its_parts():
    keys = ["ww_jaar", DEBT, "huisartsconsult", "schulden_deel_uitkeringen", None, "eigen"]
    # by hand: the total holds ww_jaar (via the benefits part) and the benefits part; the
    # benefits part holds ww_jaar; the GP consult, an own value and an unknown key hold nothing
    assert composite_overlaps(keys) == [
        ("composite_overlap", {"composite": DEBT, "part": "schulden_deel_uitkeringen",
                               "composite_effects": [1], "part_effects": [3]}),
        ("composite_overlap", {"composite": DEBT, "part": "ww_jaar",
                               "composite_effects": [1], "part_effects": [0]}),
        ("composite_overlap", {"composite": "schulden_deel_uitkeringen", "part": "ww_jaar",
                               "composite_effects": [3], "part_effects": [0]}),
    ]
    assert composite_overlaps(["huisartsconsult", "huisartsconsult", "ww_jaar"]) == []


def test_the_warning_names_both_effects_in_either_language():
    effects = _project("politie_opsporing_delict", "delict_vernieling").effects
    nl, = overlap_warnings(effects)
    assert "'Kosten per delict: vernieling/vandalisme' (effect 2) bevat ook" in nl
    assert "'Opsporingskosten per geregistreerd delict' (effect 1)" in nl
    en, = overlap_warnings(effects, lang="en")
    assert en.startswith("Possible double counting: 'Cost per offence: criminal damage/vandalism'")


def test_the_case_catalogue_has_no_composite_beside_its_part_and_books_debts_by_bearer():
    assert composite_overlaps([item.proxy_key for item in CATALOGUE]) == []
    assert overlap_warnings(CATALOGUE, numbered=False) == []
    assert DEBT not in {item.proxy_key for item in CATALOGUE}
    assert proxy_row(ITEMS["schulden"].proxy_key)["default_stakeholder"] == "gemeente"
    assert proxy_row(ITEMS["schulden_werkgever"].proxy_key)["default_stakeholder"] == "werkgever"


def test_the_excel_says_it_on_the_sources_sheet():
    book = load_workbook(io.BytesIO(excel_bytes(_project("ww_jaar", "schulden_deel_uitkeringen"))))
    sheet = book.worksheets[4]  # Bronnen
    assert sheet["A3"].value.startswith("Mogelijke dubbeltelling:")
    clean = load_workbook(io.BytesIO(excel_bytes(_project("ww_jaar"))))
    assert clean.worksheets[4]["A3"].value is None


@pytest.mark.parametrize(("value", "named"), [("buurman", "buurman"), (DEBT, DEBT)])
def test_includes_naming_no_other_proxy_is_refused(tmp_path, value, named):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("demo", "__pycache__"))
    frame = pd.read_csv(data / "proxies.csv", dtype=str, keep_default_na=False)
    row = frame.index[frame["key"] == DEBT][0]
    frame.loc[row, "includes"] = f"ww_jaar;{value}"
    frame.to_csv(data / "proxies.csv", index=False)
    with pytest.raises(ReferenceDataError, match=rf"rij {row + 2}: kolom includes noemt '{named}'"):
        load_reference(data)
    assert default_reference().proxies.set_index("key").loc[DEBT, "includes"]


def test_no_demo_and_no_reference_project_counts_a_composite_beside_its_part():
    # jongerenwerk did (police cost per offence beside the costs per offence) until issue 15
    for project in demo_projects():
        assert composite_overlaps([e.proxy_key for e in project.effects]) == [], project.name
    for kind, rows in default_reference().reference_effects.groupby("project_type"):
        assert composite_overlaps(rows["proxy_key"]) == [], kind
