"""AppTest: De Impactkaart shows the engine's figures, live what-if sliders and a reset."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace

from streamlit.testing.v1 import AppTest

from impactkaart.core.engine import compute
from impactkaart.core.whatif import Assumptions, EffectAssumption, assumptions_of, with_assumptions
from impactkaart.text import formats
from impactkaart.text.safe import md
from tests.app_support import ROOT, paragraphs, pk, reopened


def open_impactkaart() -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception, at.exception
    return at


def headline(at: AppTest) -> str:
    (metric,) = [m for m in at.metric if m.label in ("Rendementsfactor", "Return factor")]
    return metric.value


def saved_project(path, project_id):
    with reopened(path) as store:
        return store.load_project(project_id)


def test_default_page_shows_a_demo_projects_rendementsfactor_from_the_engine(app_db):
    at = open_impactkaart()
    project_id = at.session_state["project_id"]
    project = saved_project(app_db, project_id)
    at = open_impactkaart()  # the store was reopened above: start the app again on it
    result = compute(project)
    assert at.title[0].value == md(project.name)  # shown literally, never as Markdown
    assert headline(at) == formats.factor(result.rendementsfactor, decimals=2)
    assert f"levert {formats.euro(result.rendementsfactor, decimals=2)} op" in at.markdown[1].value
    values = {m.label: m.value for m in at.metric}
    assert values["Netto contante waarde"] == formats.euro(result.npv)
    assert values["Totale kosten"] == formats.euro(result.pv_costs)
    # Honest: the demo is marked illustratief, the benchmark carries its source.
    assert any("ILLUSTRATIEF" in m.value for m in at.markdown)
    assert any("SEOR" in c.value and "Bron:" in c.value for c in at.caption)
    assert len(at.get("vega_lite_chart")) == 4
    downloads = [b.label for b in at.get("download_button")]
    assert downloads.count("Download PNG") == downloads.count("Download SVG") == 4  # every chart
    assert "One-pager (PDF)" in downloads  # the councillors' exports sit on this page too


def test_a_slider_recomputes_the_headline_and_reset_restores_it(app_db):
    at = open_impactkaart()
    project_id = at.session_state["project_id"]
    project = saved_project(app_db, project_id)
    at = open_impactkaart()
    before = headline(at)
    saved = assumptions_of(project)

    # Effect sliders are drawn only in an open expander: the rate is the only assumption one
    # (the other select slider is the Monte Carlo's correlation).
    assert [s.key for s in at.select_slider if "aanname_" in s.key] == [pk(at, "aanname_discontovoet")]
    at.session_state[pk(at, "open_effect_0")] = True
    at.run()
    at.select_slider(key=pk(at, "aanname_deadweight_0")).set_value(0.0).run()
    at.session_state[pk(at, "open_effect_0")] = False  # closed: the choice is kept all the same
    at.run()
    at.select_slider(key=pk(at, "aanname_discontovoet")).set_value(4.0).run()
    assert not at.exception
    effects = (EffectAssumption(0.0, saved.effects[0].attribution, saved.effects[0].drop_off),
               *saved.effects[1:])
    changed = compute(with_assumptions(project, Assumptions(0.04, effects)))
    assert headline(at) == formats.factor(changed.rendementsfactor, decimals=2)
    assert headline(at) != before
    assert any("niet opgeslagen" in e.value for e in at.info)

    at.button(key="reset_assumptions").click().run()
    assert headline(at) == before
    assert at.select_slider(key=pk(at, "aanname_discontovoet")).value == project.discount_rate * 100
    # The sliders never saved anything.
    assert saved_project(app_db, project_id) == project


def test_a_selected_party_is_highlighted_in_the_other_charts(app_db):
    at = open_impactkaart()
    at.session_state["impactkaart_partij"] = "gemeente"
    at.run()
    assert any(m.value == "**Geselecteerd: Gemeente**" for m in at.markdown)
    specs = [json.loads(chart.proto.spec) for chart in at.get("vega_lite_chart")]
    preset = [
        p["value"] for spec in specs for p in spec.get("params", []) if p["name"] == "party"
    ]
    # Drawn by name: the party's key never reaches the browser.
    assert preset == [[{"label": "Gemeente"}], [{"label": "Gemeente"}]]
    # Benchmark: the party's own rendement is added next to the whole project's.
    benchmark = next(s for s in specs if "SEOR" in json.dumps(s))
    assert "Alleen voor Gemeente" in json.dumps(benchmark)


def test_english_switch_translates_labels_and_number_formats(app_db):
    at = open_impactkaart()
    dutch = headline(at)
    at.radio(key="lang_switch").set_value("en").run()
    assert not at.exception
    assert headline(at) == dutch.replace(",", ".")
    assert "Every euro invested returns" in at.markdown[1].value


def test_a_project_without_costs_says_so_instead_of_failing(app_db):
    from impactkaart.core.model import parse_project
    from impactkaart.store.projects import Store

    with Store(app_db) as store:  # the only project: the demos are not loaded next to it
        store.save_project(
            parse_project(
                {
                    "name": "Buurtkamer zonder begroting",
                    "project_type": "eenzaamheid",
                    "years": 2,
                    "effects": [
                        {"outcome": "minder huisartsbezoek", "stakeholder": "zorgverzekeraar",
                         "sector": None, "quantity": 10, "proxy": 30.87, "duration": 1,
                         "deadweight": 0.2, "attribution": 0.25}
                    ],
                }
            )
        )
    at = open_impactkaart()
    assert at.title[0].value == md("Buurtkamer zonder begroting")
    assert headline(at) == "–"
    assert not any("ILLUSTRATIEF" in m.value for m in at.markdown)
    assert any("geen effecten met een sector" in m.value for m in at.markdown)
    assert any("geen arbeidsmarkteffect" in i.value for i in at.info)
    values = {m.label: m.value for m in at.metric}
    assert values["Totale baten"] == formats.euro(10 * 30.87 * 0.8 * 0.75)


def test_an_unchanged_rerun_reuses_the_saved_project_and_the_engines_result(app_db):
    # The caches live in imported modules: Streamlit runs the page's own script anew each
    # time, so a cache defined there would be empty on every run.
    from views.components import results, session

    at = open_impactkaart()
    computed, loaded = results.result.cache_info(), session.cached_project.cache_info()
    at.run()
    assert not at.exception
    assert results.result.cache_info().misses == computed.misses  # compute() not called again
    assert results.result.cache_info().hits > computed.hits
    assert session.cached_project.cache_info().misses == loaded.misses  # nor the store's queries
    # A saved change is a new version of the project: the page shows it, not the cached one.
    project_id = at.session_state["project_id"]
    with reopened(app_db) as store:
        renamed = replace(store.load_project(project_id), name="Renamed and saved")
        store.save_project(renamed, project_id)
    at = open_impactkaart()
    assert at.title[0].value == "Renamed and saved"
    assert headline(at) == formats.factor(compute(renamed).rendementsfactor, decimals=2)


def test_a_slider_leaves_the_blocks_below_on_the_saved_project_until_the_update_button(app_db):
    # The blocks under the charts (conventions, uncertainty, exports) are drawn by the
    # whole-app run from the project they were last brought in line with: a slider move
    # leaves them as they were (in the browser it reruns only the fragment above them) and
    # says so; the update button redraws them with the sliders' values. (The counts of the
    # per-process cache show which project the uncertainty section analysed; that the
    # browser's fragment rerun leaves them alone: tests/browser/test_impactkaart.py.)
    from impactkaart.text.conventions import sensitivity_line
    from views.components import uncertainty

    at = open_impactkaart()
    project = saved_project(app_db, at.session_state["project_id"])
    at = open_impactkaart()
    moved = with_assumptions(project, Assumptions(0.04, assumptions_of(project).effects))

    def captions() -> list[str]:
        return paragraphs(at.caption)

    def stale() -> bool:
        return any("nog berekend met eerdere aannames" in w.value for w in at.warning)

    assert sensitivity_line(project, "nl") in captions() and not stale()
    uncertainty.analysis.cache_clear()  # a cache shared by the process: start it here
    at.run()  # the saved project analysed again, once
    analysed = uncertainty.analysis.cache_info().misses

    at.select_slider(key=pk(at, "aanname_discontovoet")).set_value(4.0).run()
    assert not at.exception
    assert headline(at) == formats.factor(compute(moved).rendementsfactor, decimals=2)
    assert stale()
    assert sensitivity_line(project, "nl") in captions()  # still the saved project's
    assert sensitivity_line(moved, "nl") not in captions()
    assert uncertainty.analysis.cache_info().misses == analysed  # nothing analysed anew

    (update,) = [b for b in at.button if b.label == "Onderdelen hieronder bijwerken"]
    update.click().run()
    assert not at.exception
    assert not stale()
    assert sensitivity_line(moved, "nl") in captions()
    assert uncertainty.analysis.cache_info().misses == analysed + 1  # the moved project
    assert saved_project(app_db, at.session_state["project_id"]) == project  # nothing saved


# A first load of the app, in a process of its own (this one has loaded everything): which
# of the file writers it imported.
FIRST_LOAD = """
import json, sys
from streamlit.testing.v1 import AppTest
at = AppTest.from_file(sys.argv[1], default_timeout=120).run()
assert not at.exception, at.exception
assert at.metric, "the Impactkaart was not drawn"
print(json.dumps(sorted(m for m in ("fpdf", "pypdf", "openpyxl") if m in sys.modules)))
"""


def test_the_first_page_load_leaves_the_pdf_and_excel_writers_for_the_first_click(tmp_path):
    # fpdf, pypdf and openpyxl took ~0,4 s of every cold start (views/components/exports.py
    # imports them when a download is clicked; tests/views/test_downloads_english.py makes
    # every file of the page, so the click path stays covered).
    run = subprocess.run(
        [sys.executable, "-c", FIRST_LOAD, str(ROOT / "app.py")], cwd=ROOT, capture_output=True,
        text=True, timeout=300,
        env={**os.environ, "IMPACTKAART_DB": str(tmp_path / "x.duckdb"), "PYTHONPATH": str(ROOT)},
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout.strip().splitlines()[-1]) == []
