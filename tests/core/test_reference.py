"""Reference data: every Dutch text in impactkaart/data/ has a filled English twin, party
names come from parties.csv, and a table with a gap is refused with its file, row and column."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from impactkaart.core.reference import (
    DATA_DIR,
    TEXT_TWINS,
    ReferenceDataError,
    default_reference,
    load_reference,
    missing_english,
)

TABLES = sorted(p.name for p in DATA_DIR.glob("*.csv"))


@pytest.mark.parametrize("name", TABLES)
def test_every_dutch_text_column_has_a_filled_english_twin(name):
    # read straight from the file, not through load_reference: this test must fail on the
    # file itself, whatever the loader does with it
    frame = pd.read_csv(DATA_DIR / name, dtype=str, keep_default_na=False)
    for dutch, english in TEXT_TWINS.items():
        if dutch in frame.columns:
            assert english in frame.columns, f"{name}: {dutch} without {english}"
            empty = frame.loc[(frame[dutch].str.strip() != "") & (frame[english].str.strip() == "")]
            assert empty.empty, f"{name}: rows {list(empty.index + 2)} have {dutch} but no {english}"


def test_every_table_with_words_is_covered_by_a_twin_pair():
    # a Dutch text column under a new name would slip past the check above
    for name in TABLES:
        columns = pd.read_csv(DATA_DIR / name, nrows=0).columns
        dutch = [c for c in columns if c.endswith("_nl")]
        assert set(dutch) <= set(TEXT_TWINS), f"{name}: {dutch}"


def test_english_twins_are_translations_not_copies():
    ref = default_reference()
    proxies = ref.proxies.set_index("key")
    assert proxies.loc["huisartsconsult", "label_en"] == "GP consultation (average)"
    assert proxies.loc["huisartsconsult", "unit_en"] == "EUR per consultation"
    sectors = ref.sectors.set_index("sector")
    assert sectors.loc["wonen", "description_en"].startswith("Housing associations")
    copied = [(name, c) for name, frame in ref.tables().items() for d, c in TEXT_TWINS.items()
              if c in frame.columns and (frame[c] == frame[d]).sum() > len(frame) // 2]
    assert not copied, copied


def test_parties_come_from_parties_csv_in_both_languages():
    parties = default_reference().parties.set_index("key")
    assert parties.loc["zorgverzekeraar", "label_nl"] == "Zorgverzekeraar"
    assert parties.loc["zorgverzekeraar", "label_en"] == "Health insurer"
    assert parties.index.is_unique


def test_a_dutch_text_without_english_is_refused_naming_file_row_and_column(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    parties = pd.read_csv(data / "parties.csv", dtype=str, keep_default_na=False)
    parties.loc[2, "label_en"] = ""
    parties.to_csv(data / "parties.csv", index=False)
    with pytest.raises(ReferenceDataError, match=r"parties\.csv, rij 4: kolom label_en is leeg"):
        load_reference(data)


def test_missing_english_counts_rows_as_in_the_file():
    frame = pd.DataFrame({"label_nl": ["Een", "Twee", ""], "label_en": ["One", " ", ""],
                          "note": ["x", "", ""]})
    # row 3 (Twee) lacks English; row 4 has no Dutch; "note" has no note_en column at all
    assert missing_english(frame) == [(3, "label_en"), (2, "note_en")]


def test_provenance_keeps_keys_and_both_languages_for_the_text_layer():
    provenance = default_reference().provenance()
    figures = provenance.loc[provenance["tabel"] == "sector_figures"]
    assert len(figures) == len(default_reference().sector_figure_table)
    assert set(figures["figure"]) == {"productive_hours_per_fte", "labour_cost_per_fte", "labour_share"}
    assert (provenance.loc[provenance["tabel"] != "sector_figures", "label_en"] != "").all()
    assert (provenance["note_en"] != "").sum() == (provenance["note"] != "").sum()


def test_a_parameter_is_the_value_in_parameters_csv_and_a_missing_one_is_refused():
    # read straight from the file: the lookup (a dict built once per Reference) must give
    # what the CSV says for every key, the first row when a key appeared twice
    frame = pd.read_csv(DATA_DIR / "parameters.csv", dtype=str, keep_default_na=False)
    reference = default_reference()
    first = frame.drop_duplicates("key", keep="first")
    for key, value in zip(first["key"], first["value"]):
        assert reference.parameter(key) == float(value), key
    assert reference.discount_rate == float(first.loc[first["key"] == "discount_rate", "value"].iloc[0])
    with pytest.raises(ReferenceDataError, match="parameter 'geen_sleutel' ontbreekt"):
        reference.parameter("geen_sleutel")
