"""Names from impactkaart/data/ in the chosen language: parties, sectors, proxies, project
types, and the provenance table of the method page."""

from __future__ import annotations

from impactkaart.core.reference import default_reference
from impactkaart.text.names import (
    data_text,
    party_label,
    project_type_label,
    proxy_label,
    sector_label,
)


def test_party_names_in_both_languages_from_parties_csv():
    assert party_label("politie_justitie", "nl") == "Politie en justitie"
    assert party_label("politie_justitie", "en") == "Police and justice"
    assert party_label("deelnemer", "en") == "Participants"
    assert party_label("politie_justitie") == "Politie en justitie"  # Dutch is the default


def test_every_party_in_parties_csv_has_a_name_that_is_not_its_key():
    for key in default_reference().parties["key"]:
        for lang in ("nl", "en"):
            assert party_label(key, lang) != key


def test_an_unknown_party_is_its_key_made_readable():
    assert party_label("mijn_eigen_partij", "en") == "Mijn eigen partij"


def test_sector_proxy_and_project_type_names():
    assert sector_label("jeugdzorg", "en") == "Youth care"
    assert sector_label(None, "en") == "no sector"
    assert proxy_label("seh_bezoek", "nl") == "Bezoek spoedeisende hulp (SEH)"
    assert proxy_label("seh_bezoek", "en") == "Emergency department visit"
    assert project_type_label("thuisadministratie", "en") == "Home administration support"


def test_data_text_falls_back_to_dutch_when_english_is_empty():
    assert data_text({"label_nl": "Huis", "label_en": ""}, "label", "en") == "Huis"
    assert data_text({"outcome": "minder overlast", "outcome_en": "less nuisance"}, "outcome",
                     "en") == "less nuisance"
    assert data_text({"outcome": "minder overlast", "outcome_en": "less nuisance"}, "outcome",
                     "nl") == "minder overlast"
