"""De Impactkaart: one screen that a councillor reads in five seconds.

Headline figures against the SEOR benchmark, the qualitative effects, who pays
and who profits, benefits over time, labour-market effects, and a what-if
panel whose sliders recompute everything through the engine (without saving).
Clicking a party in a chart highlights it everywhere (kept in session state).
The sliders and what they change (headline, notes, FTE sentence, the four charts) are one
fragment (`what_if`): moving a slider reruns that, not the whole app. The blocks below it
(qualitative cards, comments, plausibility, conventions, uncertainty, exports) are drawn by
the whole-app run, from the project they were last brought in line with (`BELOW_KEY`): a
slider move leaves them as they were and says so, with a button that redraws them.
"""

from __future__ import annotations

import functools

import streamlit as st

from impactkaart.charts import impact
from impactkaart.core.whatif import with_assumptions
from impactkaart.text import formats
from impactkaart.text.briefing import expost_sentence
from impactkaart.text.catalogue import t
from impactkaart.text.names import party_label
from impactkaart.text.safe import md
from impactkaart.text.summary import factor_reason, fte_text, seor_benchmark
from views.components import assumptions as assumptions_panel
from views.components import (
    chart_view,
    conventions,
    exports,
    illustrative,
    in_kind,
    monitoring,  # issue 17: "gemeten via KPI …"
    plausibility,
    qualitative,
    results,
    uncertainty,
)
from views.components import versions as versions_view
from views.components.page import open_page
from views.components.session import project_key

PARTY_KEY = "impactkaart_partij"
# On a narrow screen the title scales with the width (a long Dutch word still fits whole)
# and never breaks inside a word; wide screens keep Streamlit's size.
PHONE_STYLE = """<style>
.st-key-impactkaart_kop h1 { overflow-wrap: normal; word-break: normal; hyphens: manual; }
@media (max-width: 640px) {
  .st-key-impactkaart_kop h1 { font-size: clamp(1.25rem, 6.4vw, 2rem); line-height: 1.2;
                               padding-top: 0; }
}
</style>"""


def _remember_party(chart_key: str, parties: tuple[str, ...], lang: str) -> None:
    st.session_state[PARTY_KEY] = chart_view.selected_party(
        st.session_state.get(chart_key), parties, lang
    )


def _clear_party() -> None:
    st.session_state[PARTY_KEY] = None


# The caches live in views.components.results: this script runs anew on every rerun.
page = open_page(None)
# The charts' and toggles' keys carry the open project (a switch shows fresh widgets).
WHO_KEY, TIME_KEY = project_key("grafiek_wie_investeert"), project_key("grafiek_baten_per_jaar")
DISCOUNTED_KEY = project_key("baten_contant")

# What the blocks under the fragment show: (saved project, project drawn there). A slider
# move reruns only the fragment, so they keep the project of the last update; a new or
# edited saved project starts them (and the sliders) at the saved values again.
BELOW_KEY = "impactkaart_onder"
# The selected party the whole-app run drew the qualitative cards with: a click in a chart
# (a fragment rerun) that changes it redraws the whole app, so the cards mark it too.
DRAWN_PARTY_KEY = "impactkaart_partij_getekend"


def below_project(saved):
    """The project the blocks under the fragment show (the saved one until updated)."""
    kept = st.session_state.get(BELOW_KEY)
    if kept is None or kept[0] != saved:
        st.session_state[BELOW_KEY] = kept = (saved, saved)
    return kept[1]


# --- the what-if fragment: the sliders and what they redraw ---------------------------------
# A slider (or a chart click, a chart's view switch, the toggle) reruns only this function:
# the navigation, the project picker, the title above and the blocks below stay as they are
# (Streamlit lets a fragment write into the sidebar). Anything that must redraw the whole
# app (a saved change, a new party selection, the update button) calls st.rerun(scope="app").
@st.fragment
def what_if(page) -> None:
    lang, project_id, saved = page.lang, page.project_id, page.project
    if st.session_state.get(PARTY_KEY) != st.session_state.get(DRAWN_PARTY_KEY):
        st.rerun(scope="app")  # a click chose or cleared a party: mark it everywhere
    with st.sidebar:
        # The sliders belong to this saved project: a different or edited project resets them.
        chosen = assumptions_panel.show(saved, owner=(project_id, saved), lang=lang)
    project = with_assumptions(saved, chosen)
    result = results.result(project)
    order = results.layout(saved)[1]
    benchmark = seor_benchmark()

    parties = set(result.by_party["party"])
    selected = st.session_state.get(PARTY_KEY)
    if selected not in parties:
        selected = None
    reasons = results.reasons(saved, lang)

    factor = result.rendementsfactor
    if factor is not None:
        st.markdown(f"### {t('every_euro', lang, amount=formats.euro(factor, lang, decimals=2))}")
    pv_help = t("pv_help", lang, rate=formats.percent(result.discount_rate, lang, decimals=2))
    # One horizontal box instead of five columns: six elements to resend on a slider move, not
    # eleven; it wraps on a narrow screen as the columns did.
    with st.container(horizontal=True, gap="medium"):
        st.metric(
            t("rendementsfactor", lang),
            formats.factor(factor, lang, decimals=2),
            # No delta against the SEOR average: it is context (the caption below), not a pass mark.
            help=factor_reason(result.rendementsfactor_reason, lang),
        )
        st.metric(t("npv", lang), formats.euro(result.npv, lang), help=pv_help)
        st.metric(t("total_costs", lang), formats.euro(result.pv_costs, lang), help=pv_help)
        st.metric(t("total_benefits", lang), formats.euro(result.pv_benefits, lang), help=pv_help)
        # FTE per year as the headline (issue 15, item 9): a sum over up to nine years overstates it.
        st.metric(
            t("results.fte_per_year", lang),
            t("fte_unit", lang, fte=fte_text(result.fte_per_year, lang)),
            help=t("results.fte_per_year_help", lang, peak=fte_text(result.fte_peak, lang),
                   year=result.fte_peak_year or "–", total=fte_text(result.fte_years, lang)),
        )
    # Ex post beside ex ante, wherever something is measured (issue 16, item 12).
    measured = expost_sentence(project, lang)
    if measured:
        st.markdown(f"**{md(measured)}**")
    monitoring.measured_via_lines(page.store, saved, lang)  # "gemeten via KPI …" (issue 17)
    in_kind.result_line(result, lang)  # in-kind inputs apart from the euro budget
    if result.pv_transfers > 0.005:  # redistribution, outside society's total (issue 15, item 2)
        st.caption(t("results.transfers", lang, amount=formats.euro(result.pv_transfers, lang)))
    if result.price_year:
        st.caption(t("results.price_level", lang, year=result.price_year))
    # Always one slot for the notice: elements after it keep their place in the page, so
    # the browser updates the charts in place instead of rebuilding them on a slider move.
    notice = st.empty()
    if project != saved:
        notice.info(t("modified_notice", lang), icon=":material/tune:")

    # --- the notes, folded under the headline (its payback year follows the sliders) ---------
    # One caption of paragraphs, not three: every element is resent on a slider move.
    with st.expander(t("onepager.page_more", lang), icon=":material/info:"):
        notes = []
        if reasons:
            notes.append(t("illustrative_intro", lang) + " " + "; ".join(md(r) for r in reasons) + ".")
        if project.description:
            notes.append(md(project.description))
        notes.append(
            t(
                "benchmark_caption",
                lang,
                value=formats.factor(benchmark.value, lang),
                n_cases=benchmark.n_cases,
                n_mkba=benchmark.n_mkba,
                source=f"[{benchmark.source}]({benchmark.url})",
                publisher=benchmark.publisher,
                year=benchmark.year,
            )
            + " "
            + (
                t("payback", lang, year=result.payback_year)
                if result.payback_year
                else t("no_payback", lang)
            )
        )
        st.caption("\n\n".join(notes))
    fte = results.fte_sentence(results.at_saved_rate(project, saved), lang)  # FTE: no discounting
    st.markdown(f"**{md(fte)}** {t('fte_sentence_note', lang)}")

    # --- charts ------------------------------------------------------------------------------
    st.divider()
    # One horizontal box, not three columns: the hint (or the party and its clear button).
    with st.container(horizontal=True, vertical_alignment="center",
                      horizontal_alignment="distribute"):
        if selected:
            st.markdown(f"**{t('selected', lang, party=md(party_label(selected, lang)))}**",
                        width="content")
            st.button(t("clear_selection", lang), on_click=_clear_party, icon=":material/close:")
        else:
            st.caption(t("select_hint", lang))

    left, right = st.columns([3, 2], gap="large")
    with left:
        chart_view.show(
            results.who_invests(project, saved, lang, selected),
            lambda: impact.who_invests_table(result, lang, order),
            key=WHO_KEY,
            file_name="wie-investeert-wie-profiteert",
            lang=lang,
            on_select=functools.partial(_remember_party, WHO_KEY, tuple(sorted(parties)), lang),
        )
    with right:
        bench_spec, bench_data = results.benchmark(project, saved, lang, selected)
        chart_view.show(
            bench_spec,
            lambda: impact.benchmark_table(bench_data, benchmark.value, lang),
            key=project_key("grafiek_benchmark"),
            file_name="rendement-en-seor-benchmark",
            lang=lang,
        )

    left, right = st.columns(2, gap="large")
    with left:
        discounted = st.toggle(t("discounted_toggle", lang), key=DISCOUNTED_KEY)
        chart_view.show(
            results.over_time(project, saved, lang, discounted, selected),
            lambda: impact.benefits_over_time_table(project, result, lang),
            key=TIME_KEY,
            file_name="baten-per-jaar",
            lang=lang,
            on_select=functools.partial(_remember_party, TIME_KEY, tuple(sorted(parties)), lang),
        )
    with right:
        labour_spec, labour = results.labour(project, saved, lang, selected)
        if labour_spec is None:
            st.info(
                t("labour_none_party", lang, party=md(party_label(selected, lang)))
                if selected
                else t("labour_none", lang)
            )
        else:
            chart_view.show(
                labour_spec,
                lambda: impact.labour_table(labour, lang),
                key=project_key("grafiek_arbeidsmarkt"),
                file_name="arbeidsmarkteffecten",
                lang=lang,
            )

    st.caption(t("assumptions_used", lang, rate=formats.percent(result.discount_rate, lang, decimals=2)))

    # The blocks below show the project of the last update: say so when the sliders differ,
    # and offer to bring them in line (a whole-app run, as a save would).
    if project != st.session_state[BELOW_KEY][1]:
        st.warning(t("results.below_stale", lang), icon=":material/history:")
        if st.button(t("results.below_update", lang), icon=":material/refresh:"):
            st.session_state[BELOW_KEY] = (saved, project)
            st.rerun(scope="app")


def below(page, project, selected) -> None:
    """What the sliders do not redraw: drawn once per whole-app run, from ``project``."""
    lang, saved = page.lang, page.project
    st.divider()
    conventions.result_lines(project, lang)  # the convention in force, the factor at 0 % and 4 %
    # Plausibility of the saved project (its sliders are a what-if, not what is signed).
    plausibility.show(saved, results.result(saved), lang, store=page.store,
                      project_id=page.project_id)
    qualitative.show(project, lang, selected)
    versions_view.comments_panel(page.store, page.project_id, saved, lang)  # partners' comments (issue 18)
    st.divider()
    uncertainty.show(project, lang)
    st.divider()
    exports.show(project, results.result(project), lang=lang)


# --- the whole-app run: title and badge, the fragment, the blocks below ----------------------
# Phone first: a title that fits the screen without cutting a word, the headline right
# under it, the notes folded away (issue 16, item 10).
st.html(PHONE_STYLE)
with st.container(key="impactkaart_kop"):
    st.title(md(page.project.name))
illustrative.show(page.project, page.lang)  # the badge, naming the figures to replace
shown_below = below_project(page.project)
drawn_party = st.session_state.get(PARTY_KEY)
st.session_state[DRAWN_PARTY_KEY] = drawn_party
what_if(page)
below(page, shown_below,
      drawn_party if drawn_party in set(results.result(shown_below).by_party["party"]) else None)
