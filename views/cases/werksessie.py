"""Werksessie: the professionals at the table decide how much of each change is due to
the activities; then the rendement per case, 'samen leren', and the step to ex post.

All cases and their changes in one table. Per change the session records the
share *due to the activities* (0–100%), a short reason and whether there was
consensus; the engine turns that share into its effect attribution
(1 − share, `impactkaart.cases.model`). A projector option makes the type big.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from impactkaart.cases import charts as case_charts
from impactkaart.cases.expost import CASE_PREFIXES, preview
from impactkaart.cases.model import (
    RISK,
    Assessment,
    CaseError,
    evaluate,
    learning,
    outcome_of,
    valued,
)
from impactkaart.cases.store import list_cases, save_case
from impactkaart.core.model import ProjectError
from impactkaart.text import formats
from impactkaart.text.cases import error_lines, expost_problem
from impactkaart.text.catalogue import mid_sentence, t
from impactkaart.text.names import party_label
from impactkaart.text.safe import md
from views.components import pages
from views.components.numbers import number_field, unsettled
from views.components.page import open_page
from views.components.session import project_key

ss = st.session_state
NEXT, FLASH, TAKEN_OVER = "ws_volgende", "ws_flash", "ws_overgenomen"
BIG_STYLE = """<style>
[data-testid="stMainBlockContainer"] { max-width: 100% !important; padding-left: 3vw !important;
                                       padding-right: 3vw !important; }
[data-testid="stMain"] :is(p, li, label, input, textarea) { font-size: 1.35rem !important; }
[data-testid="stTable"] :is(td, th) { font-size: 1.3rem !important; padding: 0.45rem 0.8rem !important; }
[data-testid="stMetricValue"] { font-size: 2.8rem !important; }
[data-testid="stMain"] h1 { font-size: 3rem !important; }
[data-testid="stMain"] h2, [data-testid="stMain"] h3 { font-size: 2rem !important; }
</style>"""


def _amount(value, kind: str) -> str:
    if pd.isna(value):
        return "–"
    return formats.percent(value, lang) if kind == RISK else formats.number(value, lang, decimals=1)


def _situation(row) -> str:
    unit = t("cases.likelihood", lang) if row["kind"] == RISK else row["unit"]
    return f"{_amount(row['start'], row['kind'])} → {_amount(row['end'], row['kind'])} {unit}"


def _factor(value) -> str:
    return formats.factor(None if pd.isna(value) else float(value), lang, decimals=2)


def _euro(value) -> str:
    return formats.euro(value, lang)


def _table(rows: pd.DataFrame, big: bool) -> None:
    case_col = t("cases.col.case", lang)
    text = pd.DataFrame({
        case_col: rows["code"],
        t("cases.col.target_group", lang): rows["target_group"],
        t("cases.col.change", lang): [outcome_of(r, lang) for _, r in rows.iterrows()],
        t("cases.session.col.situation", lang): [_situation(r) for _, r in rows.iterrows()],
        t("cases.session.col.gross", lang): [_euro(v) for v in rows["value_gross"]],
        t("cases.session.col.share", lang): [t("cases.session.to_discuss", lang) if pd.isna(s)
                                             else formats.percent(s, lang) for s in rows["share"]],
        t("cases.session.col.net", lang): [_euro(v) for v in rows["value"]],
        t("cases.session.col.consensus", lang): ["✓" if c else "–" for c in rows["consensus"]],
        t("cases.session.col.reason", lang): rows["reason"],
    })
    if big:
        st.table(text.set_index(case_col))
    else:
        st.dataframe(text, hide_index=True, key="ws_tabel")


def _discuss(rows: pd.DataFrame) -> None:
    """One change at a time: share, reason, consensus; saved with the case."""
    keys = [f"{int(cases[r['case']].id)}|{r['item']}" for _, r in rows.iterrows()]
    labels = {k: f"{r['code']} · {outcome_of(r, lang)} ({_situation(r)})"
              for k, (_, r) in zip(keys, rows.iterrows())}
    if NEXT in ss:
        ss[PICK] = ss.pop(NEXT)
    if ss.get(PICK) not in keys:
        open_ones = [k for k, s in zip(keys, rows["share"]) if pd.isna(s)]
        ss[PICK] = (open_ones or keys)[0]
    # Options are plain text (a select box renders no Markdown): no md() here.
    picked = st.selectbox(t("cases.session.change", lang), keys, key=PICK, format_func=labels.get)
    row = rows.iloc[keys.index(picked)]
    case = cases[row["case"]]
    if case.own_words:
        quoted = t("cases.session.quote_case", lang, code=md(case.code))
        st.markdown(f"> *{md(case.own_words)}*  \n> — {quoted}")
    st.caption(t("cases.session.value_caption", lang, value=_euro(row["value_gross"]),
                 proxy=md(row["proxy_label"]), price=formats.euro(row["proxy"], lang, decimals=2),
                 payer=md(mid_sentence(party_label(row["payer"], lang))),
                 source=md(row["proxy_source"])))
    key = project_key(f"ws_{case.id}_{row['item']}")
    share = None if pd.isna(row["share"]) else float(row["share"])
    with st.form(f"{key}_form", border=False):  # one save per change, no rerun per keystroke
        cols = st.columns([2, 4, 2])
        new_share = number_field(
            t("cases.session.share_input", lang), "share", value=share, key=f"{key}_aandeel",
            lang=lang, where=cols[0], required=False,
            placeholder=t("cases.session.to_discuss", lang), help=t("cases.session.share_help", lang))
        reason = cols[1].text_input(t("cases.session.reason_input", lang), value=row["reason"],
                                    key=f"{key}_reden")
        cols[2].markdown("&nbsp;")
        consensus = cols[2].checkbox(t("cases.session.col.consensus", lang),
                                     value=bool(row["consensus"]), key=f"{key}_consensus")
        buttons = st.columns([1, 1, 4])
        save = buttons[0].form_submit_button(t("cases.session.save", lang), type="primary",
                                             icon=":material/save:")
        save_next = buttons[1].form_submit_button(t("cases.session.save_next", lang),
                                                  icon=":material/skip_next:")
    # a share with an error or a question says so under itself; nothing is saved then
    if (save or save_next) and not unsettled(f"{key}_aandeel"):
        assessment = Assessment(new_share, reason.strip(),
                                consensus)
        updated = replace(case, assessments={**case.assessments, row["item"]: assessment})
        try:
            save_case(store, project_id, updated)
        except CaseError as exc:
            st.error(t("cases.not_saved", lang) + "\n\n" + "\n".join(
                f"- {md(e)}" for e in error_lines(exc, lang)), icon="⚠️")
            return
        ss[FLASH] = t("cases.session.saved", lang, change=md(labels[picked]))
        if save_next:
            ss[NEXT] = keys[(keys.index(picked) + 1) % len(keys)]
        st.rerun()


def _rendement(results) -> None:
    total = results.total
    cols = st.columns(4)
    cols[0].metric(t("cases.session.metric.net", lang), _euro(total.pv_benefits),
                   help=t("cases.session.metric.net_help", lang))
    cols[1].metric(t("cases.session.metric.gross", lang), _euro(results.total_gross.pv_benefits))
    cols[2].metric(t("cases.session.metric.investment", lang), _euro(total.pv_costs))
    cols[3].metric(t("cases.session.metric.factor", lang), _factor(total.rendementsfactor),
                   help=None if total.rendementsfactor is not None
                   else t("cases.session.no_costs", lang))
    s = results.summary
    st.dataframe(pd.DataFrame({
        t("cases.col.case", lang): s["code"], t("cases.col.target_group", lang): s["target_group"],
        t("cases.col.investment", lang): [_euro(v) for v in s["investment"]],
        t("cases.session.col.gross", lang): [_euro(v) for v in s["value_gross"]],
        t("cases.session.col.net", lang): [_euro(v) for v in s["value"]],
        t("cases.session.col.balance", lang): [_euro(v) for v in s["npv"]],
        t("cases.session.col.factor", lang): [_factor(f) for f in s["rendementsfactor"]],
        t("cases.col.discussed", lang): [t("cases.session.discussed_of", lang, done=c - o, total=c)
                                         for c, o in zip(s["changes"], s["open"])],
    }), hide_index=True, key="ws_rendement")
    st.altair_chart(case_charts.distribution_chart(
        case_charts.distribution_data(results, lang), big, lang), key="ws_spreiding")
    st.markdown(t("cases.session.parties_heading", lang))
    parties = total.by_party
    st.dataframe(pd.DataFrame({
        t("cases.session.col.party", lang): [party_label(p, lang) for p in parties["party"]],
        t("cases.session.col.invests", lang): [_euro(v) for v in parties["pv_costs"]],
        t("cases.session.col.receives_net", lang): [_euro(v) for v in parties["pv_benefits"]],
        t("cases.session.col.return", lang): [_factor(r) for r in parties["rendement"]],
    }), hide_index=True, key="ws_partijen")
    with st.expander(t("cases.session.per_case_party", lang)):
        b = results.by_party
        st.dataframe(pd.DataFrame({
            t("cases.col.case", lang): b["code"],
            t("cases.session.col.party", lang): [party_label(p, lang) for p in b["party"]],
            t("cases.session.col.invests", lang): [_euro(v) for v in b["investment"]],
            t("cases.session.col.receives", lang): [_euro(v) for v in b["value"]],
        }), hide_index=True, key="ws_casus_partijen")


def _learning(results) -> None:
    counts = learning(results.changes, lang)
    if counts.empty:
        st.info(t("cases.session.no_learning", lang))
        return
    st.altair_chart(case_charts.learning_chart(counts, big, lang), key="ws_leren")
    quotes = [c for c in cases if c.own_words]
    if quotes:
        st.markdown(t("cases.session.quotes", lang))
        for case in quotes:
            who = md(case.code) + (f", {md(case.target_group)}" if case.target_group else "")
            st.markdown(f"> *{md(case.own_words)}*  \n> — {who}")


def _to_expost() -> None:
    st.markdown(t("cases.session.expost_intro", lang, prefix=md(CASE_PREFIXES[lang])))
    cols = st.columns(2)
    represents = number_field(
        t("cases.session.represents", lang), "count", low=1, value=len(cases), lang=lang,
        key=project_key("ws_deelnemers"), help=t("cases.session.represents_help", lang, n=len(cases)),
        where=cols[0])
    year = number_field(t("cases.session.year", lang), "count", low=1, high=project.years,
                        value=1, key=project_key("ws_projectjaar"), lang=lang, where=cols[1])
    if represents is None or year is None:
        return  # the field says what is wrong
    try:
        plan = preview(project, cases, represents=float(represents), start_year=int(year),
                       reference=store.reference, lang=lang)
    except ProjectError as exc:
        st.error("\n".join(md(expost_problem(e, project.years, lang)) for e in exc.errors))
        return
    if plan.added.empty:
        st.info(t("cases.session.expost_nothing", lang))
        return
    if represents != len(cases):
        st.warning(t("cases.session.scaled", lang, cases=len(cases), represents=represents,
                     scale=formats.number(represents / len(cases), lang, decimals=2)))
    added = plan.added
    st.dataframe(pd.DataFrame({
        t("cases.session.col.effect", lang): added["outcome"],
        t("cases.session.col.for", lang): [party_label(p, lang) for p in added["payer"]],
        t("cases.session.col.measured", lang): [formats.number(q, lang, decimals=2)
                                                for q in added["quantity_ex_post"]],
        t("cases.session.col.share", lang): [formats.percent(s, lang) for s in added["share"]],
        t("cases.session.col.proxy", lang): [formats.euro(p, lang, decimals=2)
                                             for p in added["proxy"]],
    }), hide_index=True, key="ws_expost_voorbeeld")
    if plan.replaced:
        st.caption(t("cases.session.replaces", lang, n=plan.replaced))
    if plan.other_measured:
        st.warning(t("cases.session.other_measured", lang, n=plan.other_measured))
    before, after = plan.before.measured, plan.after.measured
    cols = st.columns(2)
    cols[0].metric(t("cases.session.metric.measured", lang), _euro(after.pv_benefits),
                   delta=_euro(plan.measured_gain))
    cols[1].metric(t("cases.session.metric.measured_factor", lang), _factor(after.rendementsfactor),
                   help=t("cases.session.metric.measured_factor_help", lang,
                          factor=_factor(before.rendementsfactor)))
    if st.button(t("cases.session.take_over", lang), type="primary", key="ws_overnemen",
                 icon=":material/input:"):
        store.save_project(plan.candidate, project_id)
        ss[TAKEN_OVER] = t("cases.session.taken_over", lang)
        st.rerun()


page = open_page("cases.session.title", flash=FLASH)
lang, store, project_id, project = page.lang, page.store, page.project_id, page.project
PICK = project_key("ws_verandering")  # the change under discussion, of the open project
big = st.toggle(t("cases.session.big", lang), key=project_key("ws_groot"))
if big:
    st.html(BIG_STYLE)
if TAKEN_OVER in ss:
    st.success(ss.pop(TAKEN_OVER), icon=":material/check:")
    pages.link("views/project/ex_post.py", label=t("cases.session.to_expost_link", lang),
               icon=":material/compare_arrows:")
cases = list_cases(store, project_id)
if not cases:
    st.info(t("cases.session.no_cases", lang))
    pages.link("views/cases/casussen.py", label=t("cases.session.to_cases", lang),
               icon=":material/person_search:")
    st.stop()
results = evaluate(project, cases, store.reference, lang)
rows = valued(results.changes)
incomplete = results.changes["status"].isin(["alleen start", "alleen eind", "omvang ontbreekt"])

tab_session, tab_return, tab_learn, tab_expost = st.tabs(
    [t(f"cases.session.tab.{k}", lang) for k in ("changes", "return", "learn", "expost")])
with tab_session:
    discussed = int(rows["share"].notna().sum())
    st.markdown(t("cases.session.counts", lang, changes=len(rows), cases=len(cases),
                  discussed=discussed, consensus=int(rows["consensus"].sum())))
    if incomplete.any():
        st.caption(t("cases.session.incomplete", lang, n=int(incomplete.sum())))
    if rows.empty:
        st.info(t("cases.session.no_changes", lang))
    else:
        _table(rows, big)
        st.subheader(t("cases.session.discuss", lang))
        _discuss(rows)
with tab_return:
    _rendement(results)
with tab_learn:
    _learning(results)
with tab_expost:
    _to_expost()
