"""An attendee's live Impactkaart: the headline figures, the impact chain and the benchmark.

Used beside the editor on the attendee's page and, large, on the facilitator's
projector. Every figure is the engine's (`result`); the chain and the
benchmark come from the chart builders in impactkaart/.
"""

from __future__ import annotations

import functools

import streamlit as st

from impactkaart.charts import impact
from impactkaart.core.engine import ProjectResult, compute
from impactkaart.core.model import Project
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.safe import md
from impactkaart.text.summary import (
    fte_sentence,
    illustrative_reasons,
    seor_benchmark,
)
from impactkaart.workshop.charts import chain_data, chain_spec
from impactkaart.workshop.design import DesignedMap


@functools.lru_cache(maxsize=256)
def result_of(project: Project) -> ProjectResult:
    """The engine's result (projects are frozen: an unchanged map is not computed again)."""
    return compute(project)


def show(designed: DesignedMap, result: ProjectResult, lang: str = "nl", *, big: bool = False,
         key: str = "werkplek_kaart") -> None:
    """The map; ``big`` for the projector: figures on the left, the chain on the right."""
    if big:
        left, right = st.columns([2, 3], gap="large")
    else:
        left = right = st.container()
    with left:
        _headline(designed, result, lang, big)
    total = len(designed.outcomes)
    with right:
        if total:
            st.vega_lite_chart(spec=chain_spec(chain_data(designed, result, lang), lang, big=big),
                               key=f"{key}_keten")
        else:
            st.caption(t("workshop.map.chain_empty", lang))
    if big:  # beside the editor, the metric's delta already says it (and saves a redraw)
        benchmark = seor_benchmark()
        with left:
            st.vega_lite_chart(
                spec=impact.benchmark_spec(impact.benchmark_data(result, lang), benchmark.value,
                                           lang, n_cases=benchmark.n_cases),
                key=f"{key}_benchmark",
            )


def _headline(designed: DesignedMap, result: ProjectResult, lang: str, big: bool) -> None:
    benchmark = seor_benchmark()
    factor = result.rendementsfactor
    if designed.costs_missing:
        st.info(t("workshop.map.no_costs", lang), icon=":material/euro:")
    elif factor is None:  # costs entered, all of them zero
        st.info(t("workshop.map.no_factor", lang))
    elif designed.n_counted:
        st.markdown(f"{'##' if big else '###'} "
                    + t("workshop.map.every_euro", lang,
                        amount=formats.euro(factor, lang, decimals=2)))
    seor = formats.factor(benchmark.value, lang)
    st.metric(
        t("rendementsfactor", lang), formats.factor(factor, lang, decimals=2),
        # No delta against the SEOR average: context in the help, not a pass mark.
        help=t("workshop.map.factor_help", lang, value=seor, n=benchmark.n_mkba),
    )
    st.caption(t("workshop.map.totals", lang, benefits=formats.euro(result.pv_benefits, lang),
                 costs=formats.euro(result.pv_costs, lang)) + " " + md(fte_sentence(result, lang)))
    total = len(designed.outcomes)
    if total:
        st.caption(t("workshop.map.counted_some" if designed.n_counted < total
                     else "workshop.map.counted_all", lang, n=designed.n_counted, total=total))
    reasons = illustrative_reasons(designed.project, lang)
    if reasons:
        st.badge(t("workshop.map.illustrative", lang), icon=":material/science:", color="orange")
        st.caption(t("workshop.map.careful", lang, reasons="; ".join(md(r) for r in reasons)))
