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
from impactkaart.cases.expost import CASE_PREFIX, preview
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
from impactkaart.text.names import party_label
from impactkaart.text.safe import md
from impactkaart.text.summary import factor_reason
from views.components.session import get_store, project_picker

ss = st.session_state
PICK, NEXT, FLASH, TAKEN_OVER = "ws_verandering", "ws_volgende", "ws_flash", "ws_overgenomen"
BIG_STYLE = """<style>
[data-testid="stMainBlockContainer"] { max-width: 100% !important; padding-left: 3vw !important;
                                       padding-right: 3vw !important; }
[data-testid="stMain"] :is(p, li, label, input, textarea) { font-size: 1.35rem !important; }
[data-testid="stTable"] :is(td, th) { font-size: 1.3rem !important; padding: 0.45rem 0.8rem !important; }
[data-testid="stMetricValue"] { font-size: 2.8rem !important; }
[data-testid="stMain"] h1 { font-size: 3rem !important; }
[data-testid="stMain"] h2, [data-testid="stMain"] h3 { font-size: 2rem !important; }
</style>"""


def _amount(value, kind: str, unit: str) -> str:
    if pd.isna(value):
        return "–"
    return formats.percent(value) if kind == RISK else f"{formats.number(value, decimals=1)}"


def _situation(row) -> str:
    unit = "kans" if row["kind"] == RISK else row["unit"]
    return f"{_amount(row['start'], row['kind'], unit)} → {_amount(row['end'], row['kind'], unit)} {unit}"


def _table(rows: pd.DataFrame, big: bool) -> None:
    text = pd.DataFrame({
        "Casus": rows["code"],
        "Doelgroep": rows["target_group"],
        "Verandering": [outcome_of(r) for _, r in rows.iterrows()],
        "Start → eind": [_situation(r) for _, r in rows.iterrows()],
        "Waarde vóór toerekening": [formats.euro(v) for v in rows["value_gross"]],
        "Door de activiteiten": ["nog bespreken" if pd.isna(s) else formats.percent(s)
                                 for s in rows["share"]],
        "Waarde na toerekening": [formats.euro(v) for v in rows["value"]],
        "Consensus": ["✓" if c else "–" for c in rows["consensus"]],
        "Reden": rows["reason"],
    })
    if big:
        st.table(text.set_index("Casus"))
    else:
        st.dataframe(text, hide_index=True, key="ws_tabel")


def _discuss(rows: pd.DataFrame) -> None:
    """One change at a time: share, reason, consensus; saved with the case."""
    keys = [f"{int(cases[r['case']].id)}|{r['item']}" for _, r in rows.iterrows()]
    labels = {k: f"{r['code']} · {outcome_of(r)} ({_situation(r)})"
              for k, (_, r) in zip(keys, rows.iterrows())}
    if NEXT in ss:
        ss[PICK] = ss.pop(NEXT)
    if ss.get(PICK) not in keys:
        open_ones = [k for k, s in zip(keys, rows["share"]) if pd.isna(s)]
        ss[PICK] = (open_ones or keys)[0]
    # Options are plain text (a select box renders no Markdown): no md() here.
    picked = st.selectbox("Verandering", keys, key=PICK, format_func=labels.get)
    row = rows.iloc[keys.index(picked)]
    case = cases[row["case"]]
    if case.own_words:
        st.markdown(f"> *{md(case.own_words)}*  \n> — casus {md(case.code)}, in eigen woorden")
    st.caption(f"Waarde van deze verandering vóór toerekening: **{formats.euro(row['value_gross'])}** "
               f"per jaar ({md(row['proxy_label'])}: {formats.euro(row['proxy'], decimals=2)} per "
               f"eenheid, betaald door {md(party_label(row['payer']).lower())}; bron: "
               f"{md(row['proxy_source'])}).")
    key = f"ws_{case.id}_{row['item']}"
    share = None if pd.isna(row["share"]) else round(float(row["share"]) * 100, 6)
    with st.form(f"{key}_form", border=False):  # one save per change, no rerun per keystroke
        cols = st.columns([2, 4, 2])
        new_share = cols[0].number_input(
            "Door de activiteiten (%)", min_value=0.0, max_value=100.0, value=share, step=5.0,
            key=f"{key}_aandeel", placeholder="nog bespreken",
            help="Hoeveel van deze verandering is te danken aan de activiteiten? De rest komt "
                 "door anderen of was er hoe dan ook gekomen.")
        reason = cols[1].text_input("Reden (kort)", value=row["reason"], key=f"{key}_reden")
        cols[2].markdown("&nbsp;")
        consensus = cols[2].checkbox("Consensus", value=bool(row["consensus"]),
                                     key=f"{key}_consensus")
        buttons = st.columns([1, 1, 4])
        save = buttons[0].form_submit_button("Opslaan", type="primary", icon=":material/save:")
        save_next = buttons[1].form_submit_button("Opslaan en volgende",
                                                  icon=":material/skip_next:")
    if save or save_next:
        assessment = Assessment(None if new_share is None else new_share / 100, reason.strip(),
                                consensus)
        updated = replace(case, assessments={**case.assessments, row["item"]: assessment})
        try:
            save_case(store, project_id, updated)
        except CaseError as exc:
            st.error("Niet opgeslagen:\n\n" + "\n".join(f"- {md(e)}" for e in exc.errors), icon="⚠️")
            return
        ss[FLASH] = f"Opgeslagen: {labels[picked]}."
        if save_next:
            ss[NEXT] = keys[(keys.index(picked) + 1) % len(keys)]
        st.rerun()


def _rendement(results) -> None:
    total = results.total
    cols = st.columns(4)
    cols[0].metric("Waarde na toerekening", formats.euro(total.pv_benefits),
                   help="Alle casussen samen: de waarde van de veranderingen × het aandeel door "
                        "de activiteiten (één jaar, niet verdisconteerd).")
    cols[1].metric("Waarde vóór toerekening", formats.euro(results.total_gross.pv_benefits))
    cols[2].metric("Investering in de casussen", formats.euro(total.pv_costs))
    cols[3].metric("Rendementsfactor casussen", formats.factor(total.rendementsfactor, decimals=2),
                   help=factor_reason(total.rendementsfactor_reason))
    s = results.summary
    st.dataframe(pd.DataFrame({
        "Casus": s["code"], "Doelgroep": s["target_group"],
        "Investering": [formats.euro(v) for v in s["investment"]],
        "Waarde vóór toerekening": [formats.euro(v) for v in s["value_gross"]],
        "Waarde na toerekening": [formats.euro(v) for v in s["value"]],
        "Saldo": [formats.euro(v) for v in s["npv"]],
        "Rendementsfactor": [formats.factor(None if pd.isna(f) else float(f), decimals=2)
                             for f in s["rendementsfactor"]],
        "Besproken": [f"{c - o} van {c}" for c, o in zip(s["changes"], s["open"])],
    }), hide_index=True, key="ws_rendement")
    st.altair_chart(case_charts.distribution_chart(case_charts.distribution_data(results), big),
                    key="ws_spreiding")
    st.markdown("**Per financier: wie investeert, wie profiteert** (alle casussen)")
    parties = total.by_party
    st.dataframe(pd.DataFrame({
        "Partij": [party_label(p) for p in parties["party"]],
        "Investeert": [formats.euro(v) for v in parties["pv_costs"]],
        "Ontvangt (na toerekening)": [formats.euro(v) for v in parties["pv_benefits"]],
        "Rendement": [formats.factor(None if pd.isna(r) else float(r), decimals=2)
                      for r in parties["rendement"]],
    }), hide_index=True, key="ws_partijen")
    with st.expander("Per casus en partij"):
        b = results.by_party
        st.dataframe(pd.DataFrame({
            "Casus": b["code"], "Partij": [party_label(p) for p in b["party"]],
            "Investeert": [formats.euro(v) for v in b["investment"]],
            "Ontvangt": [formats.euro(v) for v in b["value"]],
        }), hide_index=True, key="ws_casus_partijen")


def _learning(results) -> None:
    counts = learning(results.changes)
    if counts.empty:
        st.info("Nog geen veranderingen met een start- en eindmeting.")
        return
    st.altair_chart(case_charts.learning_chart(counts, big), key="ws_leren")
    quotes = [c for c in cases if c.own_words]
    if quotes:
        st.markdown("**In de woorden van de bewoners**")
        for case in quotes:
            who = md(case.code) + (f", {md(case.target_group)}" if case.target_group else "")
            st.markdown(f"> *{md(case.own_words)}*  \n> — {who}")


def _to_expost() -> None:
    st.markdown(
        "De veranderingen van alle casussen worden per onderdeel en richting één **ex-post-"
        f"effect** met de naam *{md(CASE_PREFIX)}…*: gemeten aantal = de som van de "
        "veranderingen, toerekening = 1 − het gewogen aandeel door de activiteiten. Ex ante "
        "verandert er niets (verwacht aantal 0). Een nieuwe overname vervangt de vorige."
    )
    cols = st.columns(2)
    represents = cols[0].number_input(
        "Voor hoeveel deelnemers staan deze casussen?", min_value=1, value=len(cases), step=1,
        key="ws_deelnemers",
        help=f"{len(cases)} = niet ophogen. Meer: elke casus telt voor dat aantal ÷ {len(cases)} "
             "deelnemers. Dat is een aanname: noem hem erbij.")
    year = cols[1].number_input("In projectjaar", min_value=1, max_value=project.years, value=1,
                                step=1, key="ws_projectjaar")
    try:
        plan = preview(project, cases, represents=float(represents), start_year=int(year),
                       reference=store.reference)
    except ProjectError as exc:
        st.error("\n".join(md(str(e)) for e in exc.errors))
        return
    if plan.added.empty:
        st.info("Er zijn nog geen veranderingen met een start- en eindmeting om over te nemen.")
        return
    if represents != len(cases):
        st.warning(f"Opgehoogd: {len(cases)} casussen tellen voor {represents} deelnemers "
                   f"(× {formats.number(represents / len(cases), decimals=2)}).")
    added = plan.added
    st.dataframe(pd.DataFrame({
        "Effect (ex post)": added["outcome"],
        "Voor": [party_label(p) for p in added["payer"]],
        "Gemeten aantal": [formats.number(q, decimals=2) for q in added["quantity_ex_post"]],
        "Door de activiteiten": [formats.percent(s) for s in added["share"]],
        "Proxy (€)": [formats.euro(p, decimals=2) for p in added["proxy"]],
    }), hide_index=True, key="ws_expost_voorbeeld")
    if plan.replaced:
        st.caption(f"Vervangt {plan.replaced} effect(en) van de vorige overname.")
    if plan.other_measured:
        st.warning(f"{plan.other_measured} andere effecten hebben al een eigen meting. Controleer "
                   "dat die niet dezelfde verandering tellen als de casussen.")
    before, after = plan.before.measured, plan.after.measured
    cols = st.columns(2)
    cols[0].metric("Baten gemeten (contante waarde)", formats.euro(after.pv_benefits),
                   delta=formats.euro(after.pv_benefits - before.pv_benefits))
    cols[1].metric("Rendementsfactor gemeten", formats.factor(after.rendementsfactor, decimals=2),
                   help=f"Nu: {formats.factor(before.rendementsfactor, decimals=2)}. Tegenover de "
                        "kosten van het hele project.")
    if st.button("Neem casusresultaten over in ex post", type="primary", key="ws_overnemen",
                 icon=":material/input:"):
        store.save_project(plan.candidate, project_id)
        ss[TAKEN_OVER] = "Casusresultaten overgenomen in ex post."
        st.rerun()


st.title("Werksessie")
picked_project = project_picker()
if not picked_project:
    st.stop()
project_id, project = picked_project
store = get_store()
big = st.toggle("Grote letters (projector)", key="ws_groot")
if big:
    st.html(BIG_STYLE)
if FLASH in ss:
    st.success(md(ss.pop(FLASH)), icon=":material/check:")
if TAKEN_OVER in ss:
    st.success(ss.pop(TAKEN_OVER), icon=":material/check:")
    st.page_link("views/project/ex_post.py", label="Naar Ex ante / ex post", icon=":material/compare_arrows:")
cases = list_cases(store, project_id)
if not cases:
    st.info("Dit project heeft nog geen casussen. Voeg ze toe bij *Casussen*.")
    st.page_link("views/cases/casussen.py", label="Naar Casussen", icon=":material/person_search:")
    st.stop()
results = evaluate(project, cases, store.reference)
rows = valued(results.changes)
incomplete = results.changes["status"].isin(["alleen start", "alleen eind", "omvang ontbreekt"])

tab_session, tab_return, tab_learn, tab_expost = st.tabs(
    ["Veranderingen", "Rendement per casus", "Samen leren", "Naar ex post"])
with tab_session:
    discussed = int(rows["share"].notna().sum())
    st.markdown(f"**{len(rows)} veranderingen** in {len(cases)} casussen; {discussed} besproken, "
                f"{int(rows['consensus'].sum())} met consensus.")
    if incomplete.any():
        st.caption(f"{int(incomplete.sum())} onderdelen missen een start- of eindmeting (of de "
                   "omvang van een risico) en tellen nog niet mee.")
    if rows.empty:
        st.info("Nog geen veranderingen: vul bij *Casussen* de start- en eindsituatie in.")
    else:
        _table(rows, big)
        st.subheader("Bespreek een verandering")
        _discuss(rows)
with tab_return:
    _rendement(results)
with tab_learn:
    _learning(results)
with tab_expost:
    _to_expost()
