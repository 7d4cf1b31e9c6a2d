"""AppTest: Casussen (enter a case, refuse identifying text, delete with confirmation) and
Werksessie (attribution saved, figures are the engine's, take-over into ex post)."""

from __future__ import annotations

import pytest

from impactkaart.authoring.demo import load_demo
from impactkaart.cases.expost import CASE_PREFIX
from impactkaart.cases.model import Assessment, Case, Period, evaluate
from impactkaart.cases.store import list_cases, save_case
from impactkaart.core.engine import compute
from impactkaart.core.reference import default_reference
from impactkaart.store.projects import Store
from impactkaart.text import formats
from tests.app_support import open_page, pk, reopened, texts
from tests.oracle import price_index

VALUE = 381.48 * price_index(2024, 2022)  # see the work-session test


def submit(at, label: str):
    return next(b for b in at.button if b.label == label).click().run()


def frame_with(at, column: str):
    """The shown table with this column (st.dataframe keys are not visible to AppTest)."""
    return next(d.value for d in at.dataframe if column in d.value.columns)


def metric(at, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def test_a_case_is_entered_start_and_end_and_deleted_with_confirmation(app_db):
    at = open_page("views/cases/casussen.py")
    project_id = at.session_state["project_id"]
    at.text_input(key=pk(at, "casus_nieuw_doelgroep")).input("65+")
    at.text_area(key=pk(at, "casus_nieuw_woorden")).input("Bel me op 06-12345678")
    submit(at, "Casus aanmaken")
    assert any("lijkt een telefoonnummer" in e.value for e in at.error)  # refused, nothing saved
    at.text_area(key=pk(at, "casus_nieuw_woorden")).input("Ik heb weer rust.")
    submit(at, "Casus aanmaken")
    assert not at.exception and not at.error
    case_id = at.session_state[pk(at, "casus_keuze")]
    at.text_input(key=pk(at, f"casus_{case_id}_0_huisarts")).input("12")
    at.text_input(key=pk(at, f"casus_{case_id}_0_risico_uithuiszetting")).input("60")
    submit(at, "Meting opslaan")
    assert at.radio(key=pk(at, f"casus_{case_id}_meting")).value == 0
    at.radio(key=pk(at, f"casus_{case_id}_meting")).set_value(1).run()
    at.text_input(key=pk(at, f"casus_{case_id}_1_huisarts")).input("4")
    at.text_input(key=pk(at, f"casus_{case_id}_1_risico_uithuiszetting")).input("10")
    submit(at, "Meting opslaan")
    assert not at.exception and not at.error
    overview = frame_with(at, "Status").set_index("Onderdeel")
    assert overview.loc["Huisartsconsulten", "Verandering"] == "8,0"
    assert overview.loc["Uithuiszetting", "Verandering"] == "50%"
    with reopened(app_db) as store:
        (case,) = list_cases(store, project_id)
    assert case.values == {(0, "huisarts"): 12, (1, "huisarts"): 4,
                           (0, "risico_uithuiszetting"): 0.6, (1, "risico_uithuiszetting"): 0.1}

    at.run()
    delete = at.button(key=f"casus_{case_id}_weg")
    assert delete.disabled  # not without the confirmation
    at.checkbox(key=pk(at, f"casus_{case_id}_zeker")).check().run()
    at.button(key=f"casus_{case_id}_weg").click().run()
    assert "Casus C01 verwijderd." in texts(at.success)
    with reopened(app_db) as store:
        assert list_cases(store, project_id) == []


TWO = (Period(0, "Startsituatie"), Period(1, "Eindsituatie"))


def seeded(path) -> int:
    """The demo projects and two cases in the first one; returns its id."""
    with Store(path) as store:
        project_id = load_demo(store)[0][1]
        save_case(store, project_id, Case(
            "C01", "65+", "Ik heb weer rust.", TWO,
            values={(0, "huisarts"): 12, (1, "huisarts"): 4}, investments={"gemeente": 1000.0}))
        save_case(store, project_id, Case(
            "C02", "gezin", "", TWO, values={(0, "seh"): 3, (1, "seh"): 1},
            investments={"gemeente": 500.0}, assessments={"seh": Assessment(0.5)}))
    return project_id


def test_the_work_session_saves_attribution_and_feeds_ex_post(app_db):
    project_id = seeded(app_db)
    at = open_page("views/cases/werksessie.py")
    # the first open change is chosen: C01's GP consults (C02's was discussed before)
    assert at.selectbox(key=pk(at, "ws_verandering")).value.endswith("|huisarts")
    case_id = at.selectbox(key=pk(at, "ws_verandering")).value.split("|")[0]
    at.text_input(key=pk(at, f"ws_{case_id}_huisarts_aandeel")).input("50")
    at.text_input(key=pk(at, f"ws_{case_id}_huisarts_reden")).input("vrijwilliger regelt de post")
    at.checkbox(key=pk(at, f"ws_{case_id}_huisarts_consensus")).check()
    submit(at, "Opslaan")
    assert not at.exception and not at.error
    with reopened(app_db) as store:
        cases = list_cases(store, project_id)
        project = store.load_project(project_id)
    assert cases[0].assessments["huisarts"] == Assessment(0.5, "vrijwilliger regelt de post", True)
    results = evaluate(project, cases)
    # 8 × € 30,87 × 0,5 + 2 × € 258 × 0,5 = 123,48 + 258 = 381,48 in 2022 euros (both
    # Kostenhandleiding prices), × the CPI 2022 → 2024 (tests/oracle.py), against € 1.500
    assert results.total.pv_benefits == pytest.approx(VALUE)
    at.run()
    assert metric(at, "Waarde na toerekening") == formats.euro(VALUE)
    assert metric(at, "Rendementsfactor casussen") == formats.factor(VALUE / 1500, decimals=2)
    table = frame_with(at, "Door de activiteiten")
    assert list(table["Door de activiteiten"]) == ["50%", "50%"]
    assert list(table["Consensus"]) == ["✓", "–"]
    assert len(at.get("vega_lite_chart")) == 2  # distribution and samen leren

    at.toggle(key=pk(at, "ws_groot")).set_value(True).run()  # projector: a plain (HTML) table
    assert len(at.table) == 1 and not at.exception

    before = compute(project, measured=True).pv_benefits
    at.button(key="ws_overnemen").click().run()
    assert "Casusresultaten overgenomen in ex post." in texts(at.success)
    with reopened(app_db) as store:
        taken = store.load_project(project_id)
    assert sum(e.outcome.startswith(CASE_PREFIX) for e in taken.effects) == 2
    measured = compute(taken, measured=True).pv_benefits
    assert measured == pytest.approx(before + VALUE)
    at.switch_page("views/project/ex_post.py").run()
    assert metric(at, "Baten gemeten (contante waarde)") == formats.euro(measured)


def test_hostile_case_text_is_shown_literally(app_db):
    from impactkaart.cases.model import MAX_SHORT
    from tests.views.test_safe_text import hostile as hostile_text
    from tests.views.test_safe_text import leaks

    def hostile(field: str, limit: int = 300) -> str:
        # What a case may hold (no e-mail address: the case refuses it as identifying, and
        # within its length), the links first so a cut keeps them.
        return hostile_text(field).replace(f" {field}@x.example", "")[:limit]

    with Store(app_db) as store:
        project_id = load_demo(store)[0][1]
        save_case(store, project_id, Case(
            "C01", hostile("PARTIJ", MAX_SHORT), hostile("OMSCHRIJVING"),
            (Period(0, hostile("VELD", MAX_SHORT)), Period(1, "Eindsituatie")),
            values={(0, "huisarts"): 12, (1, "huisarts"): 4},
            investments={hostile("FINANCIER", MAX_SHORT): 100.0},
            assessments={"huisarts": Assessment(0.5, hostile("BRON"))}))
    for page in ("views/cases/casussen.py", "views/cases/werksessie.py"):
        at = open_page(page)
        assert not at.exception, at.exception
        assert not leaks(at), page


def test_case_pages_with_cases_entered_have_no_dutch_in_english(app_db):
    """The English test sees a page's default state only; this one opens both pages in
    English on a project with cases (measured, discussed, and one still open)."""
    from streamlit.testing.v1 import AppTest

    from tests.views.test_english import ROOT, citations, dutch_words, english_project, page_strings

    start_end = (Period(0, "Start"), Period(1, "End"))
    with Store(app_db) as store:
        project_id = store.save_project(english_project())
        save_case(store, project_id, Case(
            "C01", "65+", "I have peace of mind again.", start_end,
            values={(0, "huisarts"): 12, (1, "huisarts"): 4, (0, "risico_uithuiszetting"): 0.6,
                    (1, "risico_uithuiszetting"): 0.1, (0, "schuldeisers"): 5,
                    (1, "schuldeisers"): 2, (0, "seh"): 2},
            investments={"gemeente": 1000.0},
            assessments={"huisarts": Assessment(0.5, "volunteer sorts the post", True)}))
        save_case(store, project_id, Case(
            "C02", "family", "", start_end, values={(0, "wmo_begeleiding"): 10,
                                                     (1, "wmo_begeleiding"): 30},
            investments={"aanbieder": 500.0}))
    proxies = default_reference().proxies
    # Names of library values are data (impactkaart/data/proxies.csv): until that table has
    # its English column they are Dutch by design (text.names.data_text falls back).
    waiting = [] if "label_en" in proxies else list(proxies["label_nl"])
    cited = sorted(citations() + waiting, key=len, reverse=True)
    for page in ("views/cases/casussen.py", "views/cases/werksessie.py"):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.session_state["lang"] = "en"
        at.run()
        at.switch_page(page).run()
        assert not at.exception, at.exception
        # md() escapes punctuation; without the backslashes a cited title is found again.
        shown = [s.replace("\\", "") for s in page_strings(at)]
        found = {s: words for s in shown if (words := dutch_words(s, cited))}
        assert not found, f"Dutch on {page} in English:\n" + "\n".join(
            f"  {words}: {s[:160]!r}" for s, words in found.items())
        if page.endswith("werksessie.py"):
            assert metric(at, "Value after attribution") == formats.euro(8 * 30.87 * 0.5 * price_index(2024, 2022), "en")


def test_a_refused_case_is_explained_in_english(app_db):
    from streamlit.testing.v1 import AppTest

    from tests.views.test_english import ROOT

    with Store(app_db) as store:
        load_demo(store)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["lang"] = "en"
    at.run()
    at.switch_page("views/cases/casussen.py").run()
    at.text_area(key=pk(at, "casus_nieuw_woorden")).input("Call me on 06-12345678")
    submit(at, "Create case")
    (error,) = at.error
    assert error.value.startswith("Not saved:")
    assert "In their own words\\: seems to contain a phone number" in error.value
    assert "12345678" not in error.value
