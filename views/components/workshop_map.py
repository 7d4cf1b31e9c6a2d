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
from impactkaart.text.safe import md
from impactkaart.text.summary import (
    factor_reason,
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


def show(designed: DesignedMap, result: ProjectResult, *, big: bool = False,
         key: str = "werkplek_kaart") -> None:
    """The map; ``big`` for the projector: figures on the left, the chain on the right."""
    if big:
        left, right = st.columns([2, 3], gap="large")
    else:
        left = right = st.container()
    with left:
        _headline(designed, result, big)
    total = len(designed.outcomes)
    with right:
        if total:
            st.vega_lite_chart(spec=chain_spec(chain_data(designed, result), big=big),
                               key=f"{key}_keten")
        else:
            st.caption("Je impactketen verschijnt hier zodra je bij stap 2 en 3 "
                       "belanghebbenden en effecten invult.")
    if big:  # beside the editor, the metric's delta already says it (and saves a redraw)
        benchmark = seor_benchmark()
        with left:
            st.vega_lite_chart(
                spec=impact.benchmark_spec(impact.benchmark_data(result), benchmark.value,
                                           n_cases=benchmark.n_cases),
                key=f"{key}_benchmark",
            )


def _headline(designed: DesignedMap, result: ProjectResult, big: bool) -> None:
    benchmark = seor_benchmark()
    factor = result.rendementsfactor
    if designed.costs_missing:
        st.info("Vul bij stap 1 in wat het project per jaar kost: dan verschijnt de "
                "rendementsfactor.", icon=":material/euro:")
    elif factor is None:
        st.info(md(factor_reason(result.rendementsfactor_reason) or "Nog geen rendementsfactor."))
    elif designed.n_counted:
        st.markdown(f"{'##' if big else '###'} Elke euro levert "
                    f"{formats.euro(factor, decimals=2)} op")
    st.metric(
        "Rendementsfactor", formats.factor(factor, decimals=2),
        delta=None if factor is None else
        f"{formats.number(factor - benchmark.value, decimals=2)} t.o.v. SEOR-gemiddelde "
        f"{formats.factor(benchmark.value)}",
        help=f"Baten ÷ kosten, beide contant gemaakt. SEOR-gemiddelde van sociaal werk: "
             f"{formats.factor(benchmark.value)} ({benchmark.n_cases} businesscases).",
    )
    st.caption(f"Baten {formats.euro(result.pv_benefits)} · kosten {formats.euro(result.pv_costs)} "
               "(contante waarde over de looptijd). " + md(fte_sentence(result)))
    total = len(designed.outcomes)
    if total:
        st.caption(f"{designed.n_counted} van {total} effecten tellen mee"
                   + ("; de andere zijn nog niet compleet (stippellijn in de keten)."
                      if designed.n_counted < total else "."))
    reasons = illustrative_reasons(designed.project)
    if reasons:
        st.badge("illustratief", icon=":material/science:", color="orange")
        st.caption("Lees met zorg: " + "; ".join(md(r) for r in reasons) + ".")
