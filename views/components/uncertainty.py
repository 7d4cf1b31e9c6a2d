"""Hoe zeker is de uitkomst? Tornado, omslagpunten and Monte Carlo for one project.

A page calls ``show(project, lang)`` with the project it shows (what-if values
included). Nothing is saved here: the default-ranges switch only changes what
this screen analyses (on: defaults filled in; off: ranges flagged default left
out). Every figure comes from `impactkaart.uncertainty` (ranges, sensitivity,
montecarlo); every word from the catalogue ("uncertainty.*").
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from impactkaart.core.model import Project
from impactkaart.io.project_file import project_json
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.names import party_label, sector_label
from impactkaart.text.safe import md
from impactkaart.uncertainty.charts import (
    histogram_chart,
    histogram_table,
    tornado_chart,
    tornado_table,
)
from impactkaart.uncertainty.correlation import DEFAULT_GROUPING, DEFAULT_RHO, GROUPINGS
from impactkaart.uncertainty.montecarlo import (
    DEFAULT_DRAWS,
    DEFAULT_SEED,
    MonteCarloResult,
    correlation_words,
    monte_carlo,
)
from impactkaart.uncertainty.ranges import (
    fit_ranges,
    held_fixed,
    with_default_ranges,
    without_default_ranges,
)
from impactkaart.uncertainty.report import chance, held_fixed_sentence
from impactkaart.uncertainty.sensitivity import break_even, summary_sentences, tornado
from views.components import chart_view, results
from views.components.session import project_key

KEY = "onzekerheid"  # prefix of every widget and session key of this component
RESULT_KEY = f"{KEY}_resultaat"
STOPPED_KEY = f"{KEY}_gestopt"
UI_MAX_DRAWS = 200_000  # a few seconds at most; the CLI allows more
SHOWN = 3  # break-even sentences shown before "meer"


def _key(name: str) -> str:
    """A widget key of this component, of the open project."""
    return project_key(f"{KEY}_{name}")


def _w(key: str, lang: str, **values: object) -> str:
    """A word of this component from the catalogue ("uncertainty.ui.*")."""
    return t(f"uncertainty.ui.{key}", lang, **values)


def _signature(text: str, draws: int, seed: int, grouping: str, rho: float) -> str:
    """What a stored result belongs to: the analysed project (as JSON), the draws, seed and
    correlation."""
    text = f"{text}|{draws}|{seed}|{grouping}|{rho}"
    return hashlib.sha256(text.encode()).hexdigest()


def _stopped() -> None:
    st.session_state[STOPPED_KEY] = True


def _between(lo: float | None, hi: float | None, fmt) -> str:
    if lo is None or hi is None or pd.isna(lo) or pd.isna(hi):
        return "–"
    return f"{fmt(lo)} – {fmt(hi)}"


@dataclass(frozen=True)
class Analysis:
    """What this section shows for one project, defaults switch and language (cached)."""

    project: Project  # as analysed: default ranges filled in or left out, ranges fitted
    notes: tuple[str, ...]  # captions under the switch (the held-fixed sentence) and widened
    has_factor: bool
    tornado: dict | None  # the tornado's Vega-Lite spec; None without ranges
    tornado_table: pd.DataFrame | None
    sentences: tuple[str, ...]  # break-even sentences against 1
    text: str  # the analysed project as JSON: what a Monte Carlo result belongs to


@functools.lru_cache(maxsize=64)
def analysis(project: Project, defaults: bool, lang: str) -> Analysis:
    """Tornado and break-even of ``project`` with the default ranges on or off.

    Kept across reruns (this module is imported once per process): a rerun that does not
    change the analysed project (a click, a toggle, the Monte Carlo inputs, a slider moved
    back) does not compute it again. The engine's result comes from the page's cache.
    """
    notes: list[str] = []
    if defaults:
        project = with_default_ranges(project)
        if fixed := held_fixed(project):
            notes.append(held_fixed_sentence(fixed, lang))
    else:
        # Off means off, also for a project file that carries ranges flagged "default"
        # (docs/project-format.md: switching the defaults off removes only those).
        project = without_default_ranges(project)
    project, widened = fit_ranges(project, lang)
    if widened:
        notes.append(_w("widened", lang, items=", ".join(widened)))
    result = results.result(project)
    if result.rendementsfactor is None:
        return Analysis(project, tuple(notes), False, None, None, (), project_json(project))
    frame = tornado(project, lang=lang)
    spec = table = None
    if not frame.empty:
        spec = tornado_chart(frame, lang).to_dict(validate=False)
        table = tornado_table(frame, lang)
    # Only against 1: the SEOR average is context beside the result, not a threshold.
    sentences = summary_sentences(break_even(project, result=result), lang)
    return Analysis(project, tuple(notes), True, spec, table, tuple(sentences),
                    project_json(project))


def show(project: Project, lang: str = "nl") -> None:
    st.subheader(_w("title", lang))
    st.caption(_w("intro", lang))
    note = t("uncertainty.default_note", lang)
    defaults = st.toggle(_w("defaults", lang), key=_key("standaard"), help=note)
    found = analysis(project, bool(defaults), lang)
    if defaults:
        st.caption(note)
    for line in found.notes:
        st.caption(line)
    if not found.has_factor:
        st.info(_w("no_factor", lang))
        return
    if found.tornado is None:
        st.info(_w("no_ranges", lang))
    else:
        chart_view.show(found.tornado, found.tornado_table,
                        key=_key("tornado"), file_name="tornado", lang=lang)

    _break_even(found.sentences, lang)
    _monte_carlo(found.project, lang, has_ranges=found.tornado is not None, text=found.text)


def _break_even(sentences: tuple[str, ...], lang: str) -> None:
    st.markdown(f"#### {_w('break_even', lang)}")
    st.caption(_w("break_even_note", lang))
    st.markdown(f"**{_w('vs_one', lang)}**")
    # The sentences quote outcome names (user text): shown literally.
    st.markdown("\n".join(f"- {md(s)}" for s in sentences[:SHOWN]))
    if len(sentences) > SHOWN:
        with st.expander(_w("more", lang, n=len(sentences))):
            st.markdown("\n".join(f"- {md(s)}" for s in sentences[SHOWN:]))


def _monte_carlo(project: Project, lang: str, has_ranges: bool, text: str) -> None:
    st.markdown(f"#### {_w('mc', lang)}")
    left, right = st.columns(2)
    draws = int(left.number_input(_w("draws", lang), min_value=100, max_value=UI_MAX_DRAWS,
                                  value=DEFAULT_DRAWS, step=1000, key=_key("trekkingen")))
    seed = int(right.number_input(_w("seed", lang), min_value=0, value=DEFAULT_SEED, step=1,
                                  key=_key("seed")))
    left, right = st.columns(2)
    grouping = left.selectbox(_w("correlation", lang), GROUPINGS,
                              index=GROUPINGS.index(DEFAULT_GROUPING), key=_key("samenhang"),
                              format_func=lambda g: _w(f"grouping.{g}", lang),
                              help=_w("correlation_help", lang))
    # A select slider: st.slider writes its numbers with a dot whatever the language.
    rho = float(right.select_slider(
        _w("rho", lang), [round(i / 10, 1) for i in range(11)], value=DEFAULT_RHO,
        format_func=lambda v: formats.number(v, lang, decimals=1), key=_key("rho"),
        disabled=grouping == "none"))
    signature = _signature(text, draws, seed, grouping, rho)
    if st.button(_w("run", lang), key=f"{KEY}_start", type="primary", disabled=not has_ranges,
                 icon=":material/casino:"):
        # Clicking "Stoppen" makes Streamlit rerun the page, which interrupts this run
        # at its next progress update; the callback below marks it as stopped.
        stop = st.empty()
        stop.button(_w("stop", lang), key=f"{KEY}_stop", on_click=_stopped, icon=":material/stop:")
        bar = st.progress(0.0, text=_w("running", lang, done=0,
                                       total=formats.number(draws, lang, 0)))

        def progress(done: int, total: int) -> bool:
            bar.progress(done / total, text=_w("running", lang, done=formats.number(done, lang, 0),
                                               total=formats.number(total, lang, 0)))
            return not st.session_state.get(STOPPED_KEY, False)

        st.session_state.pop(STOPPED_KEY, None)
        result = monte_carlo(project, draws=draws, seed=seed, progress=progress,
                             grouping=grouping, rho=rho)
        # The same seed without and with full correlation: how much the choice widens it.
        extremes = tuple(monte_carlo(project, draws=draws, seed=seed, grouping=g, rho=r)
                         .factor_summary() for g, r in (("none", 0.0), ("all", 1.0)))
        bar.empty()
        stop.empty()  # done: nothing left to stop
        st.session_state[RESULT_KEY] = (signature, result, extremes)
    if st.session_state.pop(STOPPED_KEY, False):
        st.warning(_w("stopped", lang))
    stored = st.session_state.get(RESULT_KEY)
    if stored is None:
        return
    if stored[0] != signature:
        st.caption(_w("stale", lang))
        return
    _result(stored[1], stored[2], lang)


def _result(result: MonteCarloResult, extremes: tuple[dict, dict], lang: str) -> None:
    stats = result.factor_summary()
    factor = lambda x: formats.factor(x, lang, decimals=2)  # noqa: E731
    cols = st.columns(4)
    cols[0].metric(_w("point", lang), factor(stats["point"]), help=_w("point_help", lang))
    cols[1].metric(_w("median", lang), factor(stats["median"]))
    cols[2].metric(_w("interval", lang), _between(stats["p05"], stats["p95"], factor))
    if stats["p_above_1"] is None:
        cols[3].metric(_w("p1", lang), "–")
        st.caption(_w("no_chance", lang))
    else:
        cols[3].metric(_w("p1", lang), chance(stats["p_above_1"], lang))
    st.markdown(_w("sentence", lang, lo=formats.euro(stats["p05"], lang, decimals=2),
                   hi=formats.euro(stats["p95"], lang, decimals=2)))
    if result.varies:
        independent, together = extremes
        st.caption(_w("widening", lang,
                      independent=_between(independent["p05"], independent["p95"], factor),
                      together=_between(together["p05"], together["p95"], factor)))

    chart_view.show(histogram_chart(result, lang), histogram_table(result, lang),
                    key=_key("histogram"), file_name="monte_carlo", lang=lang)
    st.caption(_w("method", lang, n=formats.number(result.draws, lang, 0), seed=result.seed,
                  how=correlation_words(result.grouping, result.rho, lang)))
    with st.expander(_w("details", lang)):
        euro = lambda x: formats.euro(x, lang)  # noqa: E731
        parties = result.by_party()
        st.dataframe(pd.DataFrame({
            _w("party", lang): [party_label(p, lang) for p in parties["party"]],
            _w("benefits", lang): [euro(v) for v in parties["benefits_median"]],
            _w("benefits_int", lang): [_between(a, b, euro) for a, b in
                                       zip(parties["benefits_p05"], parties["benefits_p95"])],
            _w("rendement", lang): [_between(a, b, factor) for a, b in
                                    zip(parties["rendement_p05"], parties["rendement_p95"])],
        }), hide_index=True)
        fte = result.fte()
        if not fte.empty:
            number = lambda x: formats.number(x, lang, decimals=2)  # noqa: E731
            st.dataframe(pd.DataFrame({
                _w("sector", lang): [sector_label(s, lang) for s in fte["sector"]],
                _w("fte", lang): [number(v) for v in fte["median"]],
                _w("fte_int", lang): [_between(a, b, number)
                                      for a, b in zip(fte["p05"], fte["p95"])],
            }), hide_index=True)
            st.caption(_w("fte_note", lang))
        if any(a["default"] for a in result.assumptions):
            st.caption(t("uncertainty.default_note", lang))
