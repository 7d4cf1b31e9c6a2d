"""The Impactkaart's figures, kept across reruns of the page.

Streamlit runs a page's script anew on every rerun, so a cache defined inside the page
is a new, empty cache each time and never hits. Defined here, in a module imported once
per process, it does: an unchanged rerun (a click, a toggle, a tab) reuses the engine's
result, and a slider moved back to an earlier position finds it again.

Projects are frozen dataclasses, hashable by value: equal projects (and assumptions)
are one key, whichever run or session loaded them.
"""

from __future__ import annotations

import functools
from dataclasses import replace

import pandas as pd

from impactkaart.charts import impact
from impactkaart.core.engine import ProjectResult, compute
from impactkaart.core.model import Project
from impactkaart.text import summary


@functools.lru_cache(maxsize=128)
def result(project: Project) -> ProjectResult:
    """The engine's result; shared between reruns and sessions, so never changed by a caller."""
    return compute(project)


@functools.lru_cache(maxsize=128)
def layout(saved: Project) -> tuple[dict[str, str], list[str]]:
    """Colours and bar order from the saved project: they stay put while sliders move."""
    saved_result = result(saved)
    return impact.key_colours(saved, saved_result), impact.party_order(saved_result)


@functools.lru_cache(maxsize=128)
def reasons(project: Project, lang: str) -> tuple[str, ...]:
    """Why the project's figures read as illustrative (see `illustrative_reasons`)."""
    return tuple(summary.illustrative_reasons(project, lang))


# --- what a slider move redraws, per input ----------------------------------------------
# Each figure of the page is cached by exactly the inputs that change it: the (what-if)
# project, the saved project (colours and bar order), the language and the selected party
# (and the discounted toggle). A rerun that changes none of them (a click elsewhere, a
# slider moved back) reuses the figure instead of rebuilding frames and specs. The specs
# and frames are shared: Streamlit copies a spec before it takes the data out, and the
# table views only read them.


def at_saved_rate(project: Project, saved: Project) -> Project:
    """``project`` at the saved project's discount rate: the key of its labour figures.

    Hours and FTE are never discounted (docs/method.md, section 5): two what-ifs that
    differ only in the rate have the same labour chart and FTE sentence, so keyed by this
    a move of the rate slider reuses them (and their project is then the saved one, whose
    result is cached too)."""
    if project.discount_rate == saved.discount_rate:
        return project
    return replace(project, discount_rate=saved.discount_rate)


@functools.lru_cache(maxsize=128)
def fte_sentence(project: Project, lang: str) -> str:
    """The FTE sentence under the headline (`impactkaart.text.summary.fte_sentence`); the
    page asks it for `at_saved_rate(project, saved)`."""
    return summary.fte_sentence(result(project), lang)


@functools.lru_cache(maxsize=128)
def who_invests(project: Project, saved: Project, lang: str, selected: str | None) -> dict:
    """The 'wie investeert, wie profiteert' spec, bars in the saved project's order."""
    _, order = layout(saved)
    return impact.who_invests_spec(impact.who_invests_data(result(project), lang, order), lang,
                                   selected)


@functools.lru_cache(maxsize=128)
def benchmark(project: Project, saved: Project, lang: str,
              selected: str | None) -> tuple[dict, pd.DataFrame]:
    """The benchmark spec and its data (for the table view)."""
    colours, _ = layout(saved)
    seor = summary.seor_benchmark()
    data = impact.benchmark_data(result(project), lang, selected)
    spec = impact.benchmark_spec(data, seor.value, lang, n_cases=seor.n_cases,
                                 party_colour=colours.get(selected, impact.OKABE_ITO[1]))
    return spec, data


@functools.lru_cache(maxsize=128)
def over_time(project: Project, saved: Project, lang: str, discounted: bool,
              selected: str | None) -> dict:
    """The benefits-per-year spec (nominal or discounted)."""
    colours, _ = layout(saved)
    data = impact.benefits_over_time_data(project, result(project), lang, discounted)
    return impact.benefits_over_time_spec(data, lang, discounted, selected, colours)


def labour(project: Project, saved: Project, lang: str,
           selected: str | None) -> tuple[dict | None, pd.DataFrame]:
    """The labour-market spec (None when there is nothing to draw) and its data, kept by
    the project at the saved rate (FTE is not discounted, see `at_saved_rate`)."""
    return labour_figure(at_saved_rate(project, saved), saved, lang, selected)


@functools.lru_cache(maxsize=128)
def labour_figure(project: Project, saved: Project, lang: str,
                  selected: str | None) -> tuple[dict | None, pd.DataFrame]:
    colours, _ = layout(saved)
    data = impact.labour_data(project, result(project), lang, selected)
    return (None if data.empty else impact.labour_spec(data, lang, selected, colours)), data
