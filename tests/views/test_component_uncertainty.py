"""AppTest of the uncertainty component on its own (a tiny script that calls `show`)."""

from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest

from impactkaart.core.model import parse_project
from impactkaart.text import formats
from impactkaart.uncertainty.montecarlo import DEFAULT_SEED, monte_carlo
from impactkaart.uncertainty.ranges import with_default_ranges
from impactkaart.uncertainty.report import chance
from tests.app_support import pk
from tests.uncertainty.test_uncertainty import ONE


def script(without_ranges: bool = False, saved_defaults: bool = False) -> None:
    from impactkaart.core.model import parse_project
    from impactkaart.uncertainty.ranges import with_default_ranges
    from tests.uncertainty.test_uncertainty import ONE
    from views.components import uncertainty

    data = dict(ONE)
    if without_ranges or saved_defaults:
        data = {k: v for k, v in ONE.items() if k != "discount_rate_range"}
        data["effects"] = [{**ONE["effects"][0], "ranges": {}}]
    project = parse_project(data)
    if saved_defaults:  # as in a project file written after the switch was used
        project = with_default_ranges(project)
    uncertainty.show(project)


def run(**kwargs) -> AppTest:
    at = AppTest.from_function(script, kwargs=kwargs, default_timeout=30).run()
    assert not at.exception, at.exception
    return at


def test_tornado_break_even_and_a_seeded_monte_carlo_run(app_db):
    at = run()
    assert at.subheader[0].value == "Hoe zeker is deze uitkomst?"
    assert len(at.get("vega_lite_chart")) == 1  # the tornado
    # Sentences quoting outcomes are Markdown-escaped; read them as the user sees them.
    markdown = re.sub(r"\\(.)", r"\1", "\n".join(m.value for m in at.markdown))
    assert ("Zelfs als het effect ‘minder huisartsbezoek’ 58% kleiner is, blijft elke euro meer "
            "dan een euro opleveren") in markdown
    at.number_input(key=pk(at, "onzekerheid_trekkingen")).set_value(2000).run()
    at.button(key="onzekerheid_start").click().run()
    assert not at.exception, at.exception
    expected = monte_carlo(parse_project(ONE), draws=2000, seed=DEFAULT_SEED).factor_summary()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Mediaan"] == formats.factor(expected["median"], decimals=2)
    assert metrics["90%-interval"] == (f"{formats.factor(expected['p05'], decimals=2)} – "
                                       f"{formats.factor(expected['p95'], decimals=2)}")
    assert metrics["Kans op meer dan 1"] == chance(expected["p_above_1"])
    assert len(at.get("vega_lite_chart")) == 2  # tornado + histogram
    # The result stays while nothing changes, and is marked stale when the seed changes.
    at.run()
    assert len(at.metric) == 4
    at.number_input(key=pk(at, "onzekerheid_seed")).set_value(1).run()
    assert len(at.metric) == 0
    assert any("start haar opnieuw" in c.value for c in at.caption)


def test_without_ranges_the_default_switch_gives_a_labelled_analysis(app_db):
    at = run(without_ranges=True)
    assert "nog geen bandbreedtes" in at.info[0].value
    assert at.button(key="onzekerheid_start").disabled
    assert len(at.get("vega_lite_chart")) == 0
    at.toggle(key=pk(at, "onzekerheid_standaard")).set_value(True).run()
    assert not at.exception, at.exception
    assert any("vuistregels van deze tool, geen bronnen" in c.value for c in at.caption)
    assert len(at.get("vega_lite_chart")) == 1
    assert not at.button(key="onzekerheid_start").disabled
    at.button(key="onzekerheid_start").click().run()
    data = {k: v for k, v in ONE.items() if k != "discount_rate_range"}
    data["effects"] = [{**ONE["effects"][0], "ranges": {}}]
    expected = monte_carlo(with_default_ranges(parse_project(data)), draws=10_000,
                           seed=DEFAULT_SEED).factor_summary()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Mediaan"] == formats.factor(expected["median"], decimals=2)


def test_with_the_switch_off_ranges_flagged_default_are_left_out(app_db):
    at = run(saved_defaults=True)
    assert "nog geen bandbreedtes" in at.info[0].value  # the same as a project without ranges
    assert len(at.get("vega_lite_chart")) == 0
    at.toggle(key=pk(at, "onzekerheid_standaard")).set_value(True).run()
    assert not at.exception, at.exception
    assert len(at.get("vega_lite_chart")) == 1


def english_script() -> None:
    from tests.views.test_english import english_project
    from views.components import uncertainty

    uncertainty.show(english_project(), "en")


def test_in_english_no_dutch_comes_from_the_component(app_db):
    from tests.views.test_english import citations, dutch_words, page_strings

    at = AppTest.from_function(english_script, default_timeout=60).run()
    assert not at.exception, at.exception
    at.toggle(key=pk(at, "onzekerheid_standaard")).set_value(True).run()  # tornado, default note
    at.number_input(key=pk(at, "onzekerheid_trekkingen")).set_value(1000).run()
    at.button(key="onzekerheid_start").click().run()  # histogram, metrics, party and FTE tables
    assert not at.exception, at.exception
    assert at.subheader[0].value == "How sure is this result?"
    assert len(at.get("vega_lite_chart")) == 2 and len(at.metric) == 4
    assert len(at.dataframe) >= 2  # per party, and per sector
    cited = citations()
    found = {s: words for s in page_strings(at) if (words := dutch_words(s, cited))}
    assert not found, "Dutch in the English uncertainty component:\n" + "\n".join(
        f"  {words}: {s[:160]!r}" for s, words in found.items())
