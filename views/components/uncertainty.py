"""Hoe zeker is de uitkomst? Tornado, omslagpunten and Monte Carlo for one project.

A page calls ``show(project, lang)`` with the project it shows (what-if values
included). Nothing is saved here: the default-ranges switch only changes what
this screen analyses. Every figure comes from `impactkaart.uncertainty` (ranges, sensitivity, montecarlo).
"""

from __future__ import annotations

import hashlib

import pandas as pd
import streamlit as st

from impactkaart.core.engine import compute
from impactkaart.core.model import Project
from impactkaart.core.reference import default_reference
from impactkaart.io.project_file import project_json
from impactkaart.text import formats
from impactkaart.text.names import party_label, sector_label
from impactkaart.text.safe import md
from impactkaart.uncertainty.charts import (
    histogram_chart,
    histogram_table,
    tornado_chart,
    tornado_table,
)
from impactkaart.uncertainty.montecarlo import (
    DEFAULT_DRAWS,
    DEFAULT_SEED,
    MonteCarloResult,
    monte_carlo,
)
from impactkaart.uncertainty.ranges import DEFAULT_NOTE, fit_ranges, with_default_ranges
from impactkaart.uncertainty.report import chance
from impactkaart.uncertainty.sensitivity import break_even, summary_sentences, tornado
from views.components import chart_view

KEY = "onzekerheid"  # prefix of every widget and session key of this component
RESULT_KEY = f"{KEY}_resultaat"
STOPPED_KEY = f"{KEY}_gestopt"
UI_MAX_DRAWS = 200_000  # a few seconds at most; the CLI allows more
SHOWN = 3  # break-even sentences shown before "meer"

TEXT = {
    "nl": {
        "title": "Hoe zeker is deze uitkomst?",
        "intro": "Elke aanname is een schatting. Hieronder: welke aannames de uitkomst het meest "
                 "bepalen, hoeveel een effect mag tegenvallen, en hoe de rendementsfactor uitvalt "
                 "als alle aannames tegelijk binnen hun bandbreedte variëren.",
        "defaults": "Standaardbandbreedtes gebruiken",
        "no_ranges": "Dit project heeft nog geen bandbreedtes op zijn aannames. Zet de "
                     "standaardbandbreedtes aan, of leg eigen bandbreedtes vast in het projectbestand.",
        "widened": "Voor deze analyse is de bandbreedte verbreed tot de gekozen waarde bij: {items}.",
        "no_factor": "Zonder kosten is er geen rendementsfactor; er valt hier niets te analyseren.",
        "break_even": "Hoeveel mag een effect tegenvallen?",
        "break_even_note": "Kleiner betekent: minder mensen of cases (aantal), of een lagere waarde "
                           "per eenheid; voor de rendementsfactor is dat hetzelfde. Telkens één "
                           "effect, de rest gelijk.",
        "vs_one": "Tegen 1 (elke euro terug)",
        "vs_seor": "Tegen het SEOR-gemiddelde ({v})",
        "more": "Alle effecten ({n})",
        "mc": "Monte Carlo: alle aannames tegelijk",
        "draws": "Aantal trekkingen",
        "seed": "Seed (zelfde seed, zelfde uitkomst)",
        "run": "Simulatie starten",
        "stop": "Stoppen",
        "running": "Bezig: {done} van {total} trekkingen",
        "stopped": "Simulatie gestopt; er is geen uitkomst bewaard.",
        "stale": "De aannames zijn veranderd sinds de laatste simulatie: start haar opnieuw.",
        "median": "Mediaan",
        "interval": "90%-interval",
        "p1": "Kans op meer dan 1",
        "pseor": "Kans op meer dan {v}",
        "sentence": "In 9 van de 10 trekkingen levert elke geïnvesteerde euro tussen {lo} en {hi} op.",
        "method": "{n} trekkingen, seed {seed}. Aannames worden onafhankelijk van elkaar getrokken "
                  "(samenhang tussen aannames is niet gemodelleerd); driehoeksverdeling met de top "
                  "bij de basiswaarde, tenzij anders vastgelegd.",
        "details": "Per partij en arbeidsmarkteffecten",
        "party": "Partij", "benefits": "Baten (mediaan)", "benefits_int": "Baten (90%-interval)",
        "rendement": "Eigen rendement (90%-interval)", "sector": "Sector",
        "fte": "Fte (mediaan)", "fte_int": "Fte (90%-interval)",
        "fte_note": "Bespaarde fte opgeteld over de jaren.",
    },
    "en": {
        "title": "How sure is this result?",
        "intro": "Every assumption is an estimate. Below: which assumptions drive the result most, "
                 "how much an effect may fall short, and how the return factor turns out when all "
                 "assumptions vary within their ranges at once.",
        "defaults": "Use default ranges",
        "no_ranges": "This project has no ranges on its assumptions yet. Switch on the default "
                     "ranges, or record your own ranges in the project file.",
        "widened": "For this analysis the range was widened to the chosen value for: {items}.",
        "no_factor": "Without costs there is no return factor; nothing to analyse here.",
        "break_even": "How much may an effect fall short?",
        "break_even_note": "Smaller means fewer people or cases (quantity), or a lower value per "
                           "unit; for the return factor that is the same. One effect at a time.",
        "vs_one": "Against 1 (every euro back)",
        "vs_seor": "Against the SEOR average ({v})",
        "more": "All effects ({n})",
        "mc": "Monte Carlo: all assumptions at once",
        "draws": "Number of draws",
        "seed": "Seed (same seed, same result)",
        "run": "Start simulation",
        "stop": "Stop",
        "running": "Running: {done} of {total} draws",
        "stopped": "Simulation stopped; no result was kept.",
        "stale": "The assumptions changed since the last simulation: start it again.",
        "median": "Median",
        "interval": "90% interval",
        "p1": "Chance of more than 1",
        "pseor": "Chance of more than {v}",
        "sentence": "In 9 out of 10 draws every euro invested returns between {lo} and {hi}.",
        "method": "{n} draws, seed {seed}. Assumptions are drawn independently (correlations are "
                  "not modelled); triangular distribution peaking at the base value unless set "
                  "otherwise.",
        "details": "Per party and labour-market effects",
        "party": "Party", "benefits": "Benefits (median)", "benefits_int": "Benefits (90% interval)",
        "rendement": "Own return (90% interval)", "sector": "Sector",
        "fte": "FTE (median)", "fte_int": "FTE (90% interval)",
        "fte_note": "FTE saved, summed over the years.",
    },
}


def _signature(project: Project, draws: int, seed: int) -> str:
    """What a stored result belongs to: the analysed project, the draws and the seed."""
    text = f"{project_json(project)}|{draws}|{seed}"
    return hashlib.sha256(text.encode()).hexdigest()


def _stopped() -> None:
    st.session_state[STOPPED_KEY] = True


def _between(lo: float | None, hi: float | None, fmt) -> str:
    if lo is None or hi is None or pd.isna(lo) or pd.isna(hi):
        return "–"
    return f"{fmt(lo)} – {fmt(hi)}"


def show(project: Project, lang: str = "nl") -> None:
    words = TEXT[lang]
    st.subheader(words["title"])
    st.caption(words["intro"])
    if st.toggle(words["defaults"], key=f"{KEY}_standaard", help=DEFAULT_NOTE[lang]):
        project = with_default_ranges(project)
        st.caption(DEFAULT_NOTE[lang])
    project, widened = fit_ranges(project, lang)
    if widened:
        st.caption(words["widened"].format(items=", ".join(widened)))
    if compute(project).rendementsfactor is None:
        st.info(words["no_factor"])
        return
    seor = default_reference().seor_benchmark

    frame = tornado(project, lang=lang)
    if frame.empty:
        st.info(words["no_ranges"])
    else:
        chart_view.show(tornado_chart(frame, seor, lang), tornado_table(frame, lang),
                        key=f"{KEY}_tornado", file_name="tornado", lang=lang)

    _break_even(project, seor, lang)
    _monte_carlo(project, lang, has_ranges=not frame.empty)


def _break_even(project: Project, seor: float, lang: str) -> None:
    words = TEXT[lang]
    st.markdown(f"#### {words['break_even']}")
    st.caption(words["break_even_note"])
    rows = break_even(project, lang=lang)
    for threshold, title in ((1.0, words["vs_one"]),
                             (seor, words["vs_seor"].format(v=formats.number(seor, lang)))):
        sentences = summary_sentences([b for b in rows if b.threshold == threshold], lang)
        st.markdown(f"**{title}**")
        # The sentences quote outcome names (user text): shown literally.
        st.markdown("\n".join(f"- {md(s)}" for s in sentences[:SHOWN]))
        if len(sentences) > SHOWN:
            with st.expander(words["more"].format(n=len(sentences))):
                st.markdown("\n".join(f"- {md(s)}" for s in sentences[SHOWN:]))


def _monte_carlo(project: Project, lang: str, has_ranges: bool) -> None:
    words = TEXT[lang]
    st.markdown(f"#### {words['mc']}")
    left, right = st.columns(2)
    draws = int(left.number_input(words["draws"], min_value=100, max_value=UI_MAX_DRAWS,
                                  value=DEFAULT_DRAWS, step=1000, key=f"{KEY}_trekkingen"))
    seed = int(right.number_input(words["seed"], min_value=0, value=DEFAULT_SEED, step=1,
                                  key=f"{KEY}_seed"))
    signature = _signature(project, draws, seed)
    if st.button(words["run"], key=f"{KEY}_start", type="primary", disabled=not has_ranges,
                 icon=":material/casino:"):
        # Clicking "Stoppen" makes Streamlit rerun the page, which interrupts this run
        # at its next progress update; the callback below marks it as stopped.
        stop = st.empty()
        stop.button(words["stop"], key=f"{KEY}_stop", on_click=_stopped, icon=":material/stop:")
        bar = st.progress(0.0, text=words["running"].format(done=0, total=formats.number(draws, lang, 0)))

        def progress(done: int, total: int) -> bool:
            bar.progress(done / total, text=words["running"].format(
                done=formats.number(done, lang, 0), total=formats.number(total, lang, 0)))
            return not st.session_state.get(STOPPED_KEY, False)

        st.session_state.pop(STOPPED_KEY, None)
        result = monte_carlo(project, draws=draws, seed=seed, progress=progress)
        bar.empty()
        stop.empty()  # done: nothing left to stop
        st.session_state[RESULT_KEY] = (signature, result)
    if st.session_state.pop(STOPPED_KEY, False):
        st.warning(words["stopped"])
    stored = st.session_state.get(RESULT_KEY)
    if stored is None:
        return
    if stored[0] != signature:
        st.caption(words["stale"])
        return
    _result(stored[1], lang)


def _result(result: MonteCarloResult, lang: str) -> None:
    words = TEXT[lang]
    stats = result.factor_summary()
    factor = lambda x: formats.factor(x, lang, decimals=2)  # noqa: E731
    seor_text = formats.number(result.seor_benchmark, lang)
    cols = st.columns(4)
    cols[0].metric(words["median"], factor(stats["median"]))
    cols[1].metric(words["interval"], _between(stats["p05"], stats["p95"], factor))
    cols[2].metric(words["p1"], chance(stats["p_above_1"], lang))
    cols[3].metric(words["pseor"].format(v=seor_text), chance(stats["p_above_seor"], lang))
    st.markdown(words["sentence"].format(lo=formats.euro(stats["p05"], lang, decimals=2),
                                         hi=formats.euro(stats["p95"], lang, decimals=2)))
    chart_view.show(histogram_chart(result, lang), histogram_table(result, lang),
                    key=f"{KEY}_histogram", file_name="monte_carlo", lang=lang)
    st.caption(words["method"].format(n=formats.number(result.draws, lang, 0), seed=result.seed))
    with st.expander(words["details"]):
        euro = lambda x: formats.euro(x, lang)  # noqa: E731
        parties = result.by_party()
        st.dataframe(pd.DataFrame({
            words["party"]: [party_label(p, lang) for p in parties["party"]],
            words["benefits"]: [euro(v) for v in parties["benefits_median"]],
            words["benefits_int"]: [_between(a, b, euro) for a, b in
                                    zip(parties["benefits_p05"], parties["benefits_p95"])],
            words["rendement"]: [_between(a, b, factor) for a, b in
                                 zip(parties["rendement_p05"], parties["rendement_p95"])],
        }), hide_index=True)
        fte = result.fte()
        if not fte.empty:
            number = lambda x: formats.number(x, lang, decimals=2)  # noqa: E731
            st.dataframe(pd.DataFrame({
                words["sector"]: [sector_label(s, lang) for s in fte["sector"]],
                words["fte"]: [number(v) for v in fte["median"]],
                words["fte_int"]: [_between(a, b, number) for a, b in zip(fte["p05"], fte["p95"])],
            }), hide_index=True)
            st.caption(words["fte_note"])
        if any(a["default"] for a in result.assumptions):
            st.caption(DEFAULT_NOTE[lang])
