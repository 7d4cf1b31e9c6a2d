"""The workshop Excel to show (issue 20): project names, € and % formats, labels not keys,
no SEOR verdict; read back with openpyxl."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from impactkaart.core.reference import default_reference
from impactkaart.store.projects import Store
from impactkaart.workshop.overview import room_of, room_xlsx
from impactkaart.workshop.rooms import add_item, create_workshop, join_workshop, set_field
from tests.workshop.test_workshop import build

TODAY = dt.date(2025, 6, 12)
DURING = dt.datetime(2025, 6, 12, 10, 0)


def test_the_workshop_excel_has_names_formats_and_labels(tmp_path):
    with Store(tmp_path / "x.duckdb") as store:
        made = create_workshop(store, "Ronde", TODAY, now=DURING)
        workspace, _ = join_workshop(store, made.workshop.join_code, "Anna", now=DURING)
        build(store, workspace)  # 10 × € 100, deadweight 20 %, attribution 50 %, 2 years
        set_field(store, workspace.id, "project", "name", "Buurtcoaches Noord")
        who = add_item(store, workspace.id, "stakeholder", values={"name": "politie_justitie"})
        add_item(store, workspace.id, "outcome", who, {"outcome": "Minder overlast"})
        book = load_workbook(io.BytesIO(room_xlsx(room_of(store, made.workshop))))
    attendees = book["Deelnemers"]
    header = [c.value for c in attendees[1]]
    row = dict(zip(header, attendees[2]))
    assert row["Deelnemer / project"].value == "Anna"
    assert row["Project"].value == "Buurtcoaches Noord"
    assert not any("SEOR" in str(h) for h in header)  # context on the about sheet, no verdict
    assert "×" in row["Rendementsfactor"].number_format
    assert "€" in row["Kosten (contante waarde, €)"].number_format
    effects = book["Effecten"]
    header = [c.value for c in effects[1]]
    rows = [dict(zip(header, r)) for r in effects.iter_rows(min_row=2)]
    assert [r["Belanghebbende"].value for r in rows] == ["Gemeente", "Politie en justitie"]
    assert {r["Project"].value for r in rows} == {"Buurtcoaches Noord"}
    counted = rows[0]
    assert counted["Deadweight"].value == pytest.approx(0.2)
    assert counted["Deadweight"].number_format == "0%"  # shown as 20%
    assert counted["Toerekening aan anderen"].number_format == "0%"
    rate = default_reference().discount_rate
    # 10 × € 100 × 0,8 × 0,5 = € 400 a year, two years, the second discounted once
    assert counted["Contante waarde (€, engine)"].value == pytest.approx(400 + 400 / (1 + rate))
    assert "€" in counted["Contante waarde (€, engine)"].number_format
    assert "€" in counted["Waarde per eenheid (€)"].number_format
    about = {r[0].value: r[1] for r in book["Workshop"].iter_rows()}
    assert about["SEOR-benchmark"].value == pytest.approx(1.6)
    assert "×" in about["SEOR-benchmark"].number_format
