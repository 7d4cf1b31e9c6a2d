"""AppTest: Importeren (upload → koppelen → voorbeeld → alles of niets) on its own DuckDB file."""

from __future__ import annotations

from pathlib import Path

from impactkaart.text.safe import md
from tests.app_support import open_page, reopened, texts

PAGE = "views/data/importeren.py"
DATA = Path(__file__).resolve().parents[1] / "data"


def upload(at, name: str, folder: str = "good", raw: bytes | None = None):
    raw = raw if raw is not None else (DATA / folder / name).read_bytes()
    return at.file_uploader(key="imp_upload").upload(name, raw, "text/csv").run()


def all_projects(path):
    with reopened(path) as store:
        return store.load_all()


def test_templates_are_offered_for_download(app_db):
    at = open_page(PAGE)
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["Sjabloon (Excel)", "Sjabloon effecten (CSV)", "Sjabloon kosten (CSV)"]


def test_a_bad_row_is_shown_in_the_preview_and_nothing_is_saved(app_db):
    at = open_page(PAGE)
    before = all_projects(app_db)
    at = upload(at, "toerekening_te_groot.csv", "bad")
    assert not at.exception, at.exception
    [message] = texts(at.error)
    assert "1 probleem/problemen" in message
    assert md("Rij 3, kolom 'Toerekening': '1,5' moet tussen 0 en 1 liggen") in message
    frame = at.dataframe[0].value
    assert list(frame["rij"]) == [2, 3] and "moet tussen 0 en 1" in frame["problemen"].iloc[1]
    assert not [b for b in at.button if b.key == "imp_importeren"]
    assert all_projects(app_db) == before


def test_replacing_needs_a_confirmation_then_imports_all_rows(app_db):
    at = open_page(PAGE)
    project_id = at.session_state["project_id"]
    before = dict(all_projects(app_db))[project_id]
    at = upload(at, "effecten_nl_cp1252.csv")
    assert not at.exception, at.exception
    assert "Klaar om te importeren: 2 effecten." in texts(at.success)
    assert at.button(key="imp_importeren").disabled
    at.checkbox(key="imp_bevestig").check().run()
    at.button(key="imp_importeren").click().run()
    assert not at.exception, at.exception
    after = dict(all_projects(app_db))[project_id]
    assert [e.proxy for e in after.effects] == [1234.5, 800.0]
    assert after.costs == before.costs and after.name == before.name
    assert "is ingelezen en opgeslagen" in texts(at.success)[0]


def test_a_new_project_from_an_excel_workbook(app_db):
    at = open_page(PAGE)
    count = len(all_projects(app_db))
    at = upload(at, "werkmap_formules.xlsx")
    at.radio(key="imp_doel").set_value("nieuw").run()
    assert "Geef het nieuwe project een naam." in texts(at.info)
    at.text_input(key="imp_naam").input("Buurtteam Noord").run()
    at.selectbox(key="imp_type").set_value("participatie").run()
    at.button(key="imp_importeren").click().run()
    assert not at.exception, at.exception
    projects = dict(all_projects(app_db))
    assert len(projects) == count + 1
    new = projects[at.session_state["project_id"]]
    assert (new.name, new.project_type, new.start_year, len(new.effects), len(new.costs)) == (
        "Buurtteam Noord", "participatie", 2025, 2, 2)


def test_the_user_maps_columns_the_guess_did_not_recognise(app_db):
    raw = (b"Wat;Wie;Hoeveel;Euro's;Jaren;Zelf;Anderen\n"
           b"Minder schooluitval;school;10;1.000;2;0,1;0,2\n")
    at = open_page(PAGE)
    at = upload(at, "eigen.csv", raw=raw)
    assert not at.exception, at.exception
    # 'Wie' and 'Jaren' are recognised, so it is an effects table with columns missing.
    assert at.selectbox(key=next(s.key for s in at.selectbox if s.key.startswith("imp_soort_"))) \
        .value == "effects"
    assert "Er is geen kolom voor" in texts(at.error)[0]
    fields = ["outcome", "stakeholder", "quantity", "proxy", "duration", "deadweight", "attribution"]
    boxes = {int(s.key.rsplit("_", 1)[1]): s for s in at.selectbox if s.key.startswith("imp_kolom_")}
    for column, field in enumerate(fields):
        boxes[column].set_value(field)
    at.run()
    at.radio(key="imp_vervangen").set_value(False).run()  # add: no confirmation needed
    at.button(key="imp_importeren").click().run()
    assert not at.exception, at.exception
    project = dict(all_projects(app_db))[at.session_state["project_id"]]
    last = project.effects[-1]
    assert (last.outcome, last.quantity, last.proxy, last.attribution) == (
        "Minder schooluitval", 10, 1000, 0.2)


def test_an_unreadable_file_gets_a_message_not_a_traceback(app_db):
    at = open_page(PAGE)
    at = upload(at, "zipbom.xlsx", "bad")
    assert not at.exception, at.exception
    assert md("(mogelijk een zip-bom)") in texts(at.error)[0]


def english_page():
    from streamlit.testing.v1 import AppTest

    from tests.app_support import ROOT
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["lang"] = "en"
    at.run()
    at.switch_page(PAGE).run()
    assert not at.exception, at.exception
    return at


def test_in_english_the_problems_and_the_preview_are_english(app_db):
    at = upload(english_page(), "geen_getal.csv", "bad")
    assert not at.exception, at.exception
    [message] = texts(at.error)
    assert "problem(s)**: nothing is saved" in message and "is not a number" in message
    assert "Row " in message and "geen getal" not in message
    frame = at.dataframe[0].value
    assert "row" in frame.columns and "problems" in frame.columns
    assert any("is not a number" in p for p in frame["problems"])


def test_in_english_an_unreadable_file_and_a_good_one(app_db):
    at = upload(english_page(), "leeg.csv", "bad")
    [message] = texts(at.error)
    assert "has not been read; nothing has been saved" in message and "The file is empty" in message
    at = upload(english_page(), "effects_en.csv")
    assert not at.exception, at.exception
    assert any(s.startswith("Ready to import: ") and "effects" in s for s in texts(at.success))


def test_in_english_the_validators_finding_and_the_templates_are_english(app_db):
    from streamlit.testing.v1 import AppTest

    from tests.app_support import ROOT

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["lang"] = "en"
    at.run()
    at.switch_page(PAGE).run()
    assert [b.label for b in at.get("download_button")] == [
        "Template (Excel)", "Template effects (CSV)", "Template costs (CSV)"]
    at = upload(at, "toerekening_te_groot.csv", "bad")
    assert not at.exception, at.exception
    [message] = texts(at.error)
    assert md("Row 3, column 'Toerekening': '1,5' must be between 0 and 1") in message
    assert "moet" not in message
