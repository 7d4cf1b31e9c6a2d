"""Transfers in the proxy library (issue 15 item 2, data side): proxies.csv says which
figures are transfers (bijstand, WW: what the payer saves, the recipient loses) and who
loses them; the loader refuses a bad value; an effect filled from such a proxy gets the
transfer fields by default, on every path that fills an effect from the library."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from impactkaart.authoring.wizard import WizardInput, _project_dict, reference_effects
from impactkaart.core.proxies import (
    MODEL_HAS_TRANSFER,
    proxy_effect_fields,
    transfer_default,
    transfer_fields,
)
from impactkaart.core.reference import (
    DATA_DIR,
    ReferenceDataError,
    default_reference,
    load_reference,
)
from impactkaart.text.proxies import proxy_fields
from impactkaart.workshop.design import library

TRANSFERS = {"bijstand_jaar_excl_uitvoering", "bijstand_jaar_incl_uitvoering", "ww_jaar"}
after_the_model = pytest.mark.skipif(
    not MODEL_HAS_TRANSFER, reason="the project-file fields come with the engine side of issue 15")


def _copy_with(tmp_path, key, **changes):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("demo", "__pycache__"))
    frame = pd.read_csv(data / "proxies.csv", dtype=str, keep_default_na=False)
    row = frame.index[frame["key"] == key][0]
    for column, value in changes.items():
        frame.loc[row, column] = value
    frame.to_csv(data / "proxies.csv", index=False)
    return data, row + 2


def test_the_benefit_payments_are_the_library_s_transfers_from_the_participant():
    proxies = default_reference().proxies
    assert set(proxies.loc[proxies["transfer"], "key"]) >= TRANSFERS
    for key in TRANSFERS:
        assert transfer_default(key) == {"transfer": True, "transfer_from": "deelnemer"}
    # the administration of a benefit and a GP consult are real savings
    for key in ("bijstand_uitvoering_jaar", "uwv_uitvoering_jaar", "huisartsconsult"):
        assert transfer_default(key) == {"transfer": False, "transfer_from": None}


def test_the_administration_part_is_the_difference_of_the_two_bijstand_rows():
    proxies = default_reference().proxies.set_index("key")["value"]
    # 12 × 1.463,57 − 12 × 1.219,64 = 17.562,84 − 14.635,68 = 2.927,16
    assert proxies["bijstand_uitvoering_jaar"] == pytest.approx(2927.16, abs=0.005)
    assert proxies["bijstand_jaar_incl_uitvoering"] - proxies["bijstand_jaar_excl_uitvoering"] == (
        pytest.approx(proxies["bijstand_uitvoering_jaar"], abs=0.005))


@pytest.mark.parametrize(("changes", "message"), [
    ({"transfer": "ja"}, "kolom transfer is 'ja', niet true of false"),
    ({"transfer": "true", "transfer_from": "buurman"}, "kolom transfer_from is 'buurman'"),
    ({"transfer": "true", "transfer_from": ""}, "kolom transfer_from is ''"),
    ({"transfer_from": "deelnemer"}, "kolom transfer_from is gevuld"),
])
def test_a_bad_transfer_value_is_refused_with_its_row(tmp_path, changes, message):
    data, line = _copy_with(tmp_path, "huisartsconsult", **changes)
    with pytest.raises(ReferenceDataError, match=rf"proxies\.csv, rij {line}: {message}"):
        load_reference(data)


def test_a_non_transfer_adds_no_fields_and_an_own_value_none():
    assert transfer_fields("huisartsconsult") == {}
    assert transfer_fields(None) == {}
    assert proxy_effect_fields("huisartsconsult") == {"proxy": 30.87, "proxy_key": "huisartsconsult"}


@after_the_model
def test_a_transfer_proxy_fills_the_fields_on_every_path():
    expected = {"transfer": True, "transfer_from": "deelnemer"}
    reference = default_reference()
    assert proxy_effect_fields("ww_jaar").items() >= expected.items()
    assert proxy_fields("ww_jaar").items() >= expected.items()  # the effects editor
    assert library(reference)["ww_jaar"].items() >= expected.items()  # the workshop
    inp = WizardInput(name="p", project_type="participatie", years=1, reach=10,
                      costs=(("gemeente", 1000.0),))
    effects = reference_effects("participatie", reference)
    built = _project_dict(inp, effects, reference)[0]["effects"]
    bijstand = [e for e in built if e["proxy_key"] == "bijstand_jaar_excl_uitvoering"]
    assert bijstand and all(e.items() >= expected.items() for e in bijstand)
    # the reference project splits bijstand: the benefit a transfer without a labour sector,
    # the administration a real saving for the gemeente (its own row, same quantity)
    admin = [e for e in built if e["proxy_key"] == "bijstand_uitvoering_jaar"]
    assert len(admin) == len(bijstand) and not any(e.get("transfer") for e in admin)
    assert [e["quantity"] for e in admin] == [e["quantity"] for e in bijstand]
    assert all(e["sector"] is None for e in bijstand)
    assert not any(e["proxy_key"] == "bijstand_jaar_incl_uitvoering" for e in built)
    assert not any("transfer" in e for e in built if e["proxy_key"] not in TRANSFERS)
