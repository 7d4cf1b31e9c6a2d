"""AppTest: Portfolio, Presentatie and Scenario's show the engine's figures (own DuckDB per test)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from impactkaart.authoring.demo import demo_projects
from impactkaart.core.engine import compute
from impactkaart.portfolio.view import portfolio_view
from impactkaart.scenarios.copies import ScenarioChanges, base_of, make_scenario
from impactkaart.text import formats
from impactkaart.text.names import PARTY_LABELS
from tests.app_support import open_page, pk, reopened


def html_texts(at) -> str:
    return " ".join(element.proto.body for element in at.get("html"))


def saved_projects(path):
    with reopened(path) as store:
        return store.load_all()


def test_portfolio_page_shows_the_totals_of_one_engine_call(app_db):
    at = open_page("views/show/portfolio.py")
    view = portfolio_view(saved_projects(app_db))
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Rendementsfactor (alle projecten)"] == formats.factor(view.rendementsfactor,
                                                                        decimals=2)
    assert metrics["Totale kosten"] == formats.euro(view.pv_costs)
    assert metrics["Totale baten"] == formats.euro(view.pv_benefits)
    assert metrics["Ter vergelijking (SEOR)"] == "1,6×"  # context, no "x van 3 boven" verdict
    assert not any("boven" in m.label.lower() for m in at.metric)
    assert len(at.get("vega_lite_chart")) == 3  # bubbles, factor per project, FTE per sector
    assert len(at.dataframe[0].value) == 3


def test_presentation_moves_through_the_views_and_shows_a_portfolio(app_db):
    at = open_page("views/show/presentatie.py")
    project_id = at.session_state["presentatie_bron"]
    project = dict(saved_projects(app_db))[project_id]
    at = open_page("views/show/presentatie.py")
    result = compute(project)
    euro = formats.euro(result.rendementsfactor, decimals=2)
    assert f"Elke geïnvesteerde euro levert {euro} op" in html_texts(at)
    assert "1/5" in html_texts(at)
    assert "ILLUSTRATIEF" in html_texts(at)  # the demo's figures are never shown as measured
    assert at.button(key="dia_vorige").disabled

    at.button(key="dia_volgende").click().run()
    assert "Wie investeert, wie profiteert" in html_texts(at) and "2/5" in html_texts(at)
    assert len(at.get("vega_lite_chart")) == 1
    for _ in range(3):
        at.button(key="dia_volgende").click().run()
    assert "Deze uitkomst hangt vooral af van" in html_texts(at)  # one message: the top driver
    assert at.button(key="dia_volgende").disabled

    at.selectbox(key="presentatie_bron").set_value(-1).run()  # all projects
    view = portfolio_view(saved_projects(app_db))
    at.run()
    euro = formats.euro(view.rendementsfactor, decimals=2)
    assert f"Elke geïnvesteerde euro in deze 3 projecten levert {euro} op" in html_texts(at)
    assert "1/5" in html_texts(at)  # a new source starts at the first view
    assert not at.exception


def english_app(page: str) -> AppTest:
    from tests.app_support import ROOT

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["lang"] = "en"
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def no_dutch(at, keys: frozenset = frozenset(), names: frozenset = frozenset()) -> dict:
    """Dutch words on screen; ``keys``: strings that are data keys, not text; ``names``: the
    user's own names (a project's), whose words stay theirs also where a chart wraps them."""
    import re

    from tests.views.test_english import citations, dutch_words, page_strings

    cited = citations()
    own = {w.lower() for name in names for w in re.findall(r"\w+", name)}
    found = {}
    for s in page_strings(at):
        if s in keys or s in names:
            continue
        words = [w for w in dutch_words(s, cited) if w.lower() not in own]
        if words:
            found[s] = words
    return found


# The projector's party chart is charts/impact.who_invests_chart: its data rows carry the party
# key (the Impactkaart's click selection) and the kind code ("kosten", "baten") beside their
# shown labels. Those keys are not text on screen; every label is checked.
CHART_KEYS = frozenset({"kosten", "baten", *PARTY_LABELS})


def test_presentation_in_english_every_slide_of_a_project_and_the_portfolio(app_db):
    """The English test sees the first slide only: here every slide, of a project and of all."""
    from tests.views.test_english import english_project

    with reopened(app_db) as store:
        store.save_project(english_project())
    at = english_app("views/show/presentatie.py")
    project_id = at.session_state["presentatie_bron"]
    project = dict(saved_projects(app_db))[project_id]
    euro = formats.euro(compute(project).rendementsfactor, "en", decimals=2)
    assert f"Every euro invested returns {euro}" in html_texts(at)
    assert "ILLUSTRATIVE" in html_texts(at)  # the demo's figures, also in English
    view = portfolio_view(saved_projects(app_db))
    portfolio_euro = formats.euro(view.rendementsfactor, "en", decimals=2)
    for source in (project_id, -1):
        at.selectbox(key="presentatie_bron").set_value(source).run()
        if source == -1:
            assert (f"Every euro invested in these 1 projects returns {portfolio_euro}"
                    in html_texts(at))
        for slide in range(5):
            assert f"{slide + 1}/5" in html_texts(at)
            found = no_dutch(at, CHART_KEYS)
            assert not found, f"slide {slide + 1} of {source}: {found}"
            if slide < 4:
                at.button(key="dia_volgende").click().run()
    at.button(key="dia_vorige").click().run()
    assert "What these figures rest on" not in html_texts(at)
    assert at.button(key="dia_vorige").label == "Previous"


def test_portfolio_page_in_english_shows_the_engines_totals(app_db):
    from tests.views.test_english import english_project

    with reopened(app_db) as store:
        for project in demo_projects()[1:]:
            store.save_project(project)
        store.save_project(english_project())
    at = english_app("views/show/portfolio.py")
    view = portfolio_view(saved_projects(app_db))
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Return factor (all projects)"] == formats.factor(view.rendementsfactor, "en",
                                                                     decimals=2)
    assert metrics["Total costs"] == formats.euro(view.pv_costs, "en")
    assert metrics["For comparison (SEOR)"] == "1.6×"
    table = at.dataframe[0].value
    assert list(table.columns)[:2] == ["Project", "Type"]
    assert "Youth work" in set(table["Type"])
    names = {p.name for _, p in saved_projects(app_db)}  # the demos' names are the user's words
    assert not no_dutch(at, names=frozenset(names))


def test_scenario_is_saved_linked_and_compared_with_the_engines_figures(app_db):
    at = open_page("views/project/scenarios.py")
    base_id = at.session_state["project_id"]
    at.text_input(key=pk(at, "scenario_naam")).input("derde gezinswerker")
    at.text_input(key=pk(at, "scenario_bereik")).input("150")
    at.text_input(key=pk(at, "scenario_extra_kosten")).input("50.000")
    at.button[0].click().run()  # the form's submit button
    assert not at.exception, at.exception
    assert any("derde gezinswerker" in s.value for s in at.success)

    projects = dict(saved_projects(app_db))
    new_id = max(projects)
    changes = ScenarioChanges("derde gezinswerker", reach=1.5, extra_cost_per_year=50000)
    expected = compute(make_scenario(projects[base_id], changes))
    assert compute(projects[new_id]).rendementsfactor == pytest.approx(expected.rendementsfactor)
    with reopened(app_db) as store:
        assert base_of(store, new_id) == base_id
    at = open_page("views/project/scenarios.py")
    table = at.dataframe[0].value
    assert list(table.columns) == ["Huidig project", "derde gezinswerker"]
    assert table.loc["Rendementsfactor", "derde gezinswerker"] == formats.factor(
        expected.rendementsfactor, decimals=2)
    assert table.loc["Kosten (contante waarde)", "derde gezinswerker"] == formats.euro(
        expected.pv_costs)
    assert any("elke extra geïnvesteerde euro levert" in m.value for m in at.markdown)


def test_a_scenario_without_a_name_is_refused_and_nothing_is_saved(app_db):
    at = open_page("views/project/scenarios.py")
    at.text_input(key=pk(at, "scenario_bereik")).input("200")
    at.button[0].click().run()
    assert any("geef het scenario een naam" in e.value for e in at.error)
    assert len(saved_projects(app_db)) == 3


def test_a_scenario_in_english_is_compared_in_english_and_refusals_too(app_db):
    from impactkaart.store.projects import Store
    from tests.views.test_english import ROOT, citations, dutch_words, english_project, page_strings

    store = Store(app_db)
    base_id = store.save_project(english_project())
    store.close()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["lang"] = "en"
    at.run()
    at.switch_page("views/project/scenarios.py").run()
    at.button[0].click().run()  # no name
    assert "give the scenario a name" in at.error[0].value
    at.text_input(key=pk(at, "scenario_naam")).input("third family worker")
    at.text_input(key=pk(at, "scenario_extra_kosten")).input("50,000")
    at.button[0].click().run()
    assert not at.exception, at.exception
    expected = compute(make_scenario(dict(saved_projects(app_db))[base_id],
                                     ScenarioChanges("third family worker", extra_cost_per_year=50000)))
    table = at.dataframe[0].value
    assert list(table.columns) == ["Current project", "third family worker"]
    assert table.loc["Return factor", "third family worker"] == formats.factor(
        expected.rendementsfactor, lang="en", decimals=2)
    assert any("every extra euro invested returns" in m.value for m in at.markdown)
    cited = citations()
    found = {s: words for s in page_strings(at) if (words := dutch_words(s, cited))}
    assert not found, found


EXPORTS_SCRIPT = """
from impactkaart.authoring.demo import demo_projects
from impactkaart.core.engine import compute
from views.components import exports

project = demo_projects()[1]
exports.show(project, compute(project))
"""


def test_exports_component_offers_pdf_html_excel_and_charts():
    at = AppTest.from_string(EXPORTS_SCRIPT, default_timeout=60).run()
    assert not at.exception, at.exception
    buttons = at.get("download_button")
    assert [b.proto.label for b in buttons] == [
        "One-pager (PDF)", "One-pager (HTML)", "Rekenmodel (Excel)", "Grafieken (PNG en SVG, zip)"]
    result = compute(demo_projects()[1])
    assert formats.factor(result.rendementsfactor, decimals=2) in at.caption[0].value
