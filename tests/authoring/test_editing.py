"""Tables in, project out: row/field messages, hidden fields kept, proxies, measurements,
names shown in place of keys and read back."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from impactkaart.authoring.demo import demo_projects
from impactkaart.authoring.editing import (
    TableError,
    apply_proxy,
    costs_frame,
    describe_path,
    effects_frame,
    party_help,
    project_from_tables,
    qualitative_frame,
    renamed,
    table_names,
    with_measurements,
)
from impactkaart.core.model import Cost, Qualitative, SectorFigures
from impactkaart.core.proxies import proxy_row
from impactkaart.io.project_file import project_json


@pytest.fixture
def project():
    return demo_projects()[0]


def tables(project, names=None):
    return (effects_frame(project, names), costs_frame(project, names),
            qualitative_frame(project, names))


def test_unedited_tables_give_back_the_same_project(project):
    assert project_from_tables(project, *tables(project)) == project


def test_a_bad_cell_names_its_row_and_column_in_dutch(project):
    effects, costs, qualitative = tables(project)
    effects.loc[2, "deadweight"] = "150"  # a share is typed in %
    costs.loc[0, "amount"] = "-10"
    qualitative.loc[1, "strength"] = 7
    with pytest.raises(TableError) as caught:
        project_from_tables(project, effects, costs, qualitative)
    assert [str(e) for e in caught.value.for_table("effects")] == [
        "Rij 3, nul-effect (deadweight): ‘150’ ligt buiten 0\u00a0% tot en met 100\u00a0%."
    ]
    assert [str(e) for e in caught.value.for_table("costs")] == [
        "Rij 1, bedrag (€): mag niet negatief zijn"
    ]
    assert [str(e) for e in caught.value.for_table("qualitative")] == [
        "Rij 2, sterkte (1–3): moet een geheel getal van 1 tot en met 3 zijn"
    ]


def test_an_empty_required_cell_is_named(project):
    effects, costs, qualitative = tables(project)
    effects.loc[0, "outcome"] = None
    effects.loc[1, "quantity"] = float("nan")
    with pytest.raises(TableError) as caught:
        project_from_tables(project, effects, costs, qualitative)
    assert [str(e) for e in caught.value.errors] == [
        "Rij 1, effect (wat verandert): mag niet leeg zijn",
        "Rij 2, aantal per jaar: ontbreekt (verplicht veld)",
    ]


def test_added_blank_rows_are_ignored_and_filled_rows_added(project):
    effects, costs, qualitative = tables(project)
    qualitative = pd.concat(
        [qualitative, pd.DataFrame([{}, {"outcome": "minder eenzaam", "stakeholder": "deelnemer",
                                         "direction": "+", "strength": 2.0}])],
        ignore_index=True,
    )
    result = project_from_tables(project, effects, costs, qualitative)
    assert len(result.qualitative) == len(project.qualitative) + 1
    added = result.qualitative[-1]
    assert (added.outcome, added.stakeholder, added.direction, added.strength) == (
        "minder eenzaam", "deelnemer", "+", 2,
    )


def test_deleting_a_row_keeps_the_hidden_measurements_of_the_others(project):
    measured = with_measurements(project, [10.0 * (i + 1) for i in range(len(project.effects))])
    effects, costs, qualitative = tables(measured)
    effects = effects.drop(index=0)  # the editor keeps the other rows' index
    result = project_from_tables(measured, effects, costs, qualitative)
    assert [e.quantity_ex_post for e in result.effects] == [
        10.0 * (i + 1) for i in range(1, len(project.effects))
    ]
    # an added row (new index) has no measurement
    effects.loc[99] = effects.iloc[0]
    result = project_from_tables(measured, effects, costs, qualitative)
    assert result.effects[-1].quantity_ex_post is None


def test_a_changed_looptijd_is_checked_against_the_costs(project):
    with pytest.raises(TableError) as caught:
        project_from_tables(project, *tables(project), years=2)
    assert "Rij 3, jaar: valt buiten de looptijd (1 tot en met 2)" in [
        str(e) for e in caught.value.for_table("costs")
    ]


def test_a_library_proxy_fills_value_key_and_source(project):
    effects = apply_proxy(effects_frame(project), 1, "huisartsconsult")
    result = project_from_tables(project, effects, costs_frame(project), qualitative_frame(project))
    effect = result.effects[1]
    assert effect.proxy == 30.87  # impactkaart/data/proxies.csv, huisartsconsult
    assert effect.proxy_key == "huisartsconsult"
    assert effect.proxy_source.startswith("Referentieprijzen Kostenhandleiding")
    assert effect.proxy_source.endswith("prijspeil 2022")
    assert effect.outcome == project.effects[1].outcome  # the rest of the row untouched


def test_a_proxy_in_a_new_row_brings_its_usual_stakeholder_and_sector(project):
    effects = pd.concat([effects_frame(project), pd.DataFrame([{}])], ignore_index=True)
    effects = apply_proxy(effects, len(effects) - 1, "detentiedag_minderjarige")
    row = proxy_row("detentiedag_minderjarige")
    assert row["default_stakeholder"] == row["default_sector"] == "politie_justitie"
    # shown by name (impactkaart/data/parties.csv and sectors.csv), saved as the key
    assert effects.iloc[-1]["stakeholder"] == "Politie en justitie"
    assert effects.iloc[-1]["sector"] == "Politie en justitie"
    assert effects.iloc[-1]["proxy_key"] == "Verblijfsdag justitiële jeugdinrichting (minderjarige)"
    effects.loc[effects.index[-1], "outcome"] = "minder verblijfsdagen"
    effects.loc[effects.index[-1], ["quantity", "start_year", "duration"]] = [2.0, 1, 1]
    effects.loc[effects.index[-1], ["deadweight", "attribution"]] = 0.0
    result = project_from_tables(project, effects, costs_frame(project), qualitative_frame(project))
    added = result.effects[-1]
    assert (added.stakeholder, added.sector, added.proxy_key) == (
        "politie_justitie", "politie_justitie", "detentiedag_minderjarige")


def test_measurements_are_validated_per_row(project):
    values = [None] * len(project.effects)
    values[1] = -4.0
    with pytest.raises(TableError) as caught:
        with_measurements(project, values)
    assert [str(e) for e in caught.value.errors] == [
        "Rij 2, gemeten aantal per jaar (ex post): mag niet negatief zijn"
    ]
    values[1] = float("nan")  # an emptied cell: not measured
    assert all(e.quantity_ex_post is None for e in with_measurements(project, values).effects)


def test_file_paths_in_words():
    assert describe_path("effects[2].deadweight") == "Effecten, rij 3, nul-effect (deadweight)"
    assert describe_path("costs[0].year") == "Kosten, rij 1, jaar"
    assert describe_path("name") == "Projectnaam"
    assert describe_path("") == "Bestand"


def test_a_bad_cell_and_a_file_path_in_english(project):
    effects, costs, qualitative = tables(project)
    effects.loc[2, "deadweight"] = "150"
    with pytest.raises(TableError) as caught:
        project_from_tables(project, effects, costs, qualitative)
    [error] = caught.value.for_table("effects")
    assert error.text("en") == "Row 3, deadweight: ‘150’ is outside 0\u00a0% to 100\u00a0%."
    assert str(error) == "Rij 3, nul-effect (deadweight): ‘150’ ligt buiten 0\u00a0% tot en met 100\u00a0%."
    assert describe_path("costs[0].year", "en") == "Costs, row 1, year"
    assert describe_path("", "en") == "File"


# --- names, not keys ---------------------------------------------------------------------


def odd_project(project):
    """The demo with free parties (one whose name clashes with a known party's), a sector of
    its own and a free financier: every key must survive the way through the tables."""
    effects = list(project.effects)
    effects[0] = dataclasses.replace(effects[0], stakeholder="buurtvereniging_oost")
    effects[1] = dataclasses.replace(effects[1], stakeholder="Municipality",  # gemeente's en name
                                     sector="buurthuis")
    effects[2] = dataclasses.replace(effects[2], stakeholder="Gemeente")  # gemeente's nl name
    own = SectorFigures("buurthuis", 1500.0, 60000.0, 0.8)
    return dataclasses.replace(
        project, effects=tuple(effects), sectors=(own,),
        costs=project.costs + (Cost(1, "Fonds_Noord", 10.0),),
        qualitative=project.qualitative + (Qualitative("rust", "gemeente"),))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_tables_show_names_of_parties_sectors_and_library_values(project, lang):
    effects, costs, qualitative = tables(project, table_names(project, lang))
    keys = {e.stakeholder for e in project.effects} | {e.sector for e in project.effects}
    keys |= {e.proxy_key for e in project.effects} | {c.financier for c in project.costs}
    shown = set(effects["stakeholder"]) | set(effects["sector"]) | set(effects["proxy_key"])
    shown |= set(costs["financier"]) | set(qualitative["stakeholder"])
    assert not shown & (keys - {"uwv", "school"}), "a key is shown"  # UWV, School: same word
    first = project.effects[0]
    assert (first.stakeholder, first.sector, first.proxy_key) == (
        "gemeente", "jeugdzorg", "ggz_contact_specialistisch")
    expected = {  # impactkaart/data/parties.csv, sectors.csv, proxies.csv
        "nl": ("Gemeente", "Jeugdzorg", "Contact specialistische GGZ (vrijgevestigd)"),
        "en": ("Municipality", "Youth care",
               "Specialist mental health care contact (independent practice)")}
    assert tuple(effects.iloc[0][["stakeholder", "sector", "proxy_key"]]) == expected[lang]
    assert costs.iloc[0]["financier"] == {"nl": "Gemeente", "en": "Municipality"}[lang]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_project_through_unchanged_tables_is_identical(project, lang):
    for saved in (project, odd_project(project), *demo_projects()[1:]):
        names = table_names(saved, lang)
        result = project_from_tables(saved, *tables(saved, names), names=names)
        assert project_json(result) == project_json(saved)


def test_clashing_names_are_told_apart(project):
    odd = odd_project(project)
    nl, en = table_names(odd, "nl"), table_names(odd, "en")
    # The free key "Gemeente" reads as itself, which is gemeente's Dutch name; the free
    # key "Municipality" is gemeente's English name. The one that reads as itself keeps
    # the name, the other is shown as its key, so each name leads back to one key.
    assert (nl.name("stakeholder", "Gemeente"), nl.name("stakeholder", "gemeente")) == (
        "Gemeente", "gemeente")
    assert (en.name("stakeholder", "Municipality"), en.name("stakeholder", "gemeente")) == (
        "Municipality", "gemeente")
    assert en.name("stakeholder", "Gemeente") == "Gemeente"
    for names in (nl, en):
        for key in ("gemeente", "Gemeente", "Municipality", "Fonds_Noord"):
            assert names.key("stakeholder", names.name("stakeholder", key)) == key
    # without a clash, free keys read as elsewhere in the app (text.names: made readable)
    assert nl.name("stakeholder", "buurtvereniging_oost") == "Buurtvereniging oost"
    assert en.name("financier", "Fonds_Noord") == "Fonds Noord"
    assert table_names(project, "nl").name("stakeholder", "gemeente") == "Gemeente"
    # the project's own sector is a choice, by name
    assert nl.name("sector", "buurthuis") == "Buurthuis"
    assert "Buurthuis" in nl.sectors and "Zorg" in nl.sectors and "Health care" in en.sectors


def test_typed_names_become_keys_and_other_text_a_free_party(project):
    names = table_names(project, "en")
    effects, costs, qualitative = tables(project, names)
    effects.loc[0, "stakeholder"] = "Police and justice"  # a name in the language shown
    effects.loc[1, "stakeholder"] = "woningcorporatie"  # a key, as files write it
    effects.loc[2, "sector"] = "jeugdzorg"  # a sector key, typed or pasted
    costs.loc[0, "financier"] = "Gemeente"  # the other language's name
    qualitative.loc[0, "stakeholder"] = "Buurtvereniging"  # no known party: a free key
    result = project_from_tables(project, effects, costs, qualitative, names=names)
    assert [e.stakeholder for e in result.effects[:2]] == ["politie_justitie", "woningcorporatie"]
    assert result.effects[2].sector == "jeugdzorg"
    assert result.costs[0].financier == "gemeente"
    assert result.qualitative[0].stakeholder == "Buurtvereniging"


def test_an_unknown_sector_typed_is_named_in_the_error(project):
    effects, costs, qualitative = tables(project)
    effects.loc[0, "sector"] = "ruimtevaart"
    with pytest.raises(TableError) as caught:
        project_from_tables(project, effects, costs, qualitative)
    [error] = caught.value.for_table("effects")
    assert error.row == 1 and error.column == "sector"


def test_tables_follow_a_change_of_language_with_their_edits(project):
    nl, en = table_names(project, "nl"), table_names(project, "en")
    effects, costs, qualitative = tables(project, nl)
    effects.loc[0, "stakeholder"] = "Rijk"
    effects.loc[0, "quantity"] = 7.0
    english = renamed(effects, nl, en)
    assert english.iloc[0]["stakeholder"] == "Central government"
    assert english.iloc[0]["sector"] == "Youth care"
    english_costs, english_qualitative = renamed(costs, nl, en), renamed(qualitative, nl, en)
    result = project_from_tables(project, english, english_costs, english_qualitative, names=en)
    assert (result.effects[0].stakeholder, result.effects[0].quantity) == ("rijk", 7.0)
    assert result.effects[1:] == project.effects[1:]


def test_the_party_columns_help_names_parties_not_keys(project):
    assert party_help("stakeholder", table_names(project, "nl")) == (
        "Wie de waarde krijgt: Gemeente, Zorgverzekeraar, Politie en justitie, Deelnemers, "
        "Werkgevers, School, Woningcorporatie, …")
    assert party_help("financier", table_names(project, "en")) == (
        "Who pays: Municipality, Health insurer, Provider, Foundation, Central government, …")
