"""AppTest: a what-if slider rerun recomputes only what the slider changes.

The Impactkaart's figures are cached in imported modules by the inputs that change them
(views/components/results.py, the uncertainty component's `analysis`, the plausibility
component's `findings`): a slider move recomputes the fragment's figures once (headline,
charts; the labour chart and FTE sentence only for an effect slider, as FTE is not
discounted), never the saved project's plausibility checks, and not the blocks
under the fragment (conventions, uncertainty) until the update button asks for them; a
slider moved back finds every figure again, identical to what was drawn before. The charts' rows are made into Arrow once per spec
(views/components/chart_view.py, `wire`): an unchanged rerun converts nothing.
"""

from __future__ import annotations

import json

import pyarrow as pa
from streamlit.dataframe_util import convert_anything_to_arrow_bytes
from streamlit.testing.v1 import AppTest

from impactkaart.charts import impact
from impactkaart.core.engine import compute
from impactkaart.core.whatif import Assumptions, assumptions_of, with_assumptions
from impactkaart.text import summary
from impactkaart.text.conventions import sensitivity_line
from impactkaart.uncertainty.ranges import fit_ranges, without_default_ranges
from impactkaart.uncertainty.sensitivity import break_even, summary_sentences, tornado
from tests.app_support import ROOT, pk, reopened
from views.components import chart_view, conventions, plausibility, results, uncertainty

RATE = "aanname_discontovoet"
ABOVE = (results.who_invests, results.benchmark, results.over_time)
# FTE is not discounted: kept by the project at the saved rate, a rate move reuses them.
LABOUR = (results.fte_sentence, results.labour_figure)
BELOW = (uncertainty.analysis, conventions.lines)  # drawn under the fragment
FIGURES = ABOVE + LABOUR + BELOW
STALE = "nog berekend met eerdere aannames"


def misses() -> list[int]:
    return [f.cache_info().misses for f in FIGURES]


def stale(at: AppTest) -> bool:
    """The notice that the blocks below the charts lag behind the sliders is shown."""
    return any(STALE in w.value for w in at.warning)


def update(at: AppTest) -> None:
    """Click the notice's button: the blocks below follow the sliders."""
    (button,) = [b for b in at.button if b.label == "Onderdelen hieronder bijwerken"]
    button.click().run()
    assert not at.exception


def drawn(at: AppTest) -> list[tuple]:
    """Each chart as the browser gets it: its spec and its data (Arrow bytes)."""
    return [(chart.proto.spec, [d.data.data for d in chart.proto.datasets])
            for chart in at.get("vega_lite_chart")]


def test_a_slider_recomputes_the_what_if_figures_once_and_never_the_saved_checks(app_db):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception, at.exception
    project_id = at.session_state["project_id"]
    with reopened(app_db) as store:
        saved = store.load_project(project_id)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()  # store reopened
    first, charts = misses(), drawn(at)
    checks = plausibility.findings(saved, results.result(saved), saved.participants_per_year)
    rate = at.select_slider(key=pk(at, RATE)).value
    moved = rate + 1.0  # one percentage point up: a slider position not drawn before

    assert not stale(at)
    at.select_slider(key=pk(at, RATE)).set_value(moved).run()
    assert not at.exception
    # Every figure of the fragment that the rate changes computed once for the new
    # position, the labour ones not (FTE is not discounted), the blocks below not at all:
    # they keep the saved project and say so ...
    above = len(ABOVE)
    assert misses() == [m + 1 for m in first[:above]] + first[above:]
    assert stale(at)
    # ... until the update button brings them in line: each computed once, then.
    update(at)
    moved_misses = ([m + 1 for m in first[:above]] + first[above:above + len(LABOUR)]
                    + [m + 1 for m in first[above + len(LABOUR):]])
    assert misses() == moved_misses
    assert not stale(at)
    # The saved project's checks were not run again (the same cached list).
    assert plausibility.findings(
        saved, results.result(saved), saved.participants_per_year) is checks
    assert drawn(at) != charts

    # The cached figures are those that an uncached build gives.
    whatif = with_assumptions(saved, Assumptions(moved / 100, assumptions_of(saved).effects))
    order = impact.party_order(compute(saved))
    assert results.who_invests(whatif, saved, "nl", None) == impact.who_invests_spec(
        impact.who_invests_data(compute(whatif), "nl", order), "nl", None)
    assert conventions.lines(whatif, "nl")[2] == sensitivity_line(whatif, "nl")
    # The labour figures reused at the moved rate are those the moved project gives itself.
    colours = impact.key_colours(saved, compute(saved))
    labour_rows = impact.labour_data(whatif, compute(whatif), "nl")
    spec, rows = results.labour(whatif, saved, "nl", None)
    assert rows.equals(labour_rows)
    assert spec == impact.labour_spec(labour_rows, "nl", None, colours)
    assert results.fte_sentence(results.at_saved_rate(whatif, saved), "nl") == \
        summary.fte_sentence(compute(whatif), "nl")
    analysed, _ = fit_ranges(without_default_ranges(whatif), "nl")
    found = uncertainty.analysis(whatif, False, "nl")
    assert found.project == analysed
    assert found.sentences == tuple(summary_sentences(break_even(analysed), "nl"))
    frame = tornado(analysed, lang="nl")
    assert (found.tornado is None) == frame.empty

    at.select_slider(key=pk(at, RATE)).set_value(rate).run()  # back where it was
    assert not at.exception
    assert stale(at)  # the blocks below still show the moved rate
    update(at)
    assert not stale(at)
    assert misses() == moved_misses  # nothing computed again
    assert drawn(at) == charts  # and the page is drawn exactly as before


def test_an_unchanged_rerun_converts_no_chart_data_and_the_browser_gets_the_specs_rows(app_db):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception, at.exception
    at.run()  # the store's first run is done: from here on, every figure is cached
    figures, converted, charts = misses(), chart_view.wire.cache_info().misses, drawn(at)
    at.run()  # nothing changed (as a click elsewhere on the page)
    assert not at.exception
    assert misses() == figures
    assert chart_view.wire.cache_info().misses == converted  # no dataset made into Arrow again
    assert drawn(at) == charts

    # What the browser gets is each spec's own rows: the Arrow bytes read back are the rows
    # Streamlit's own conversion of the spec's datasets gives.
    project_id = at.session_state["project_id"]
    with reopened(app_db) as store:
        saved = store.load_project(project_id)
    spec = results.who_invests(saved, saved, "nl", None)
    (chart,) = [c for c in at.get("vega_lite_chart")
                if json.loads(c.proto.spec).get("title") == spec["title"]]
    (dataset,) = chart.proto.datasets
    sent = pa.ipc.open_stream(dataset.data.data).read_all().to_pylist()
    (rows,) = spec["datasets"].values()
    own = pa.ipc.open_stream(convert_anything_to_arrow_bytes(rows)).read_all().to_pylist()
    assert sent == own == rows


def test_labour_figures_do_not_depend_on_the_discount_rate_as_their_cache_assumes():
    # results.labour and the FTE sentence are kept by the project at the saved rate
    # (docs/method.md, section 5: FTE per effect and year, not discounted). Every demo
    # project at other rates gives the same hours, FTE and sentence as at its own.
    from dataclasses import replace

    from impactkaart.authoring.demo import demo_projects

    for project in demo_projects():
        own = compute(project)
        for rate in (0.0, 0.04, 0.1):
            other = compute(replace(project, discount_rate=rate))
            assert other.labour.equals(own.labour), (project.name, rate)
            assert summary.fte_sentence(other, "nl") == summary.fte_sentence(own, "nl")
            assert results.at_saved_rate(replace(project, discount_rate=rate), project) == project
