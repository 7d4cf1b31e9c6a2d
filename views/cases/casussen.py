"""Casussen: per resident (pseudonymous) the start and end situation, measured per period.

A case is a code (C01), a target group and the change in the resident's own
words; per measurement the use of services and support per year and the
likelihood of latent risks; and the investment in the case per financier.
The work session (attribution) and the rendement are on *Werksessie*.
Everything is checked by `impactkaart.cases.model.check_case` before it is saved.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from impactkaart.cases.export import cases_csv, cases_xlsx
from impactkaart.cases.model import (
    CATALOGUE,
    INDICATOR,
    RISK,
    Case,
    CaseError,
    Period,
    changes,
    evaluate,
    monitoring,
    next_code,
    period_label,
)
from impactkaart.cases.store import delete_cases, list_cases, save_case
from impactkaart.text import formats
from impactkaart.text.names import party_label
from impactkaart.text.safe import md
from views.components.session import get_store, project_picker

ss = st.session_state
CASE_KEY, FLASH, NEW = "casus_keuze", "casus_flash", 0
PENDING = "casus_straks"  # a choice made after the widgets were drawn, set on the next run
FINANCIERS = ("gemeente", "aanbieder", "zorgverzekeraar")


def _save(case: Case, message: str) -> int | None:
    try:
        case_id = save_case(store, project_id, case)
    except CaseError as exc:
        st.error("Niet opgeslagen:\n\n" + "\n".join(f"- {md(e)}" for e in exc.errors), icon="⚠️")
        return None
    ss[FLASH] = message
    return case_id


def _new_case_form(cases: list[Case]) -> None:
    with st.form("casus_nieuw"):
        st.subheader("Nieuwe casus")
        code = st.text_input("Casuscode", value=next_code(cases), key="casus_nieuw_code",
                             help="Een code met een cijfer, zoals C01. Nooit een naam, adres of BSN.")
        group = st.text_input("Doelgroep", key="casus_nieuw_doelgroep",
                              placeholder="bijvoorbeeld: 65+, alleenstaand",
                              help="Voor 'samen leren': bij wie treden welke veranderingen op?")
        words = st.text_area("Wat is er veranderd, in de woorden van de bewoner",
                             key="casus_nieuw_woorden", placeholder="bijvoorbeeld: Ik heb weer rust.")
        if st.form_submit_button("Casus aanmaken", type="primary", icon=":material/add:"):
            case = Case(code=code, target_group=group, own_words=words,
                        periods=(Period(0, period_label(0)), Period(1, "Eindsituatie")))
            case_id = _save(case, f"Casus {code.strip()} aangemaakt. Vul de startsituatie in.")
            if case_id is not None:
                ss[PENDING] = {CASE_KEY: case_id}
                st.rerun()


def _measurement_form(case: Case, number: int) -> None:
    """All catalogue items of one measurement, grouped; empty = not measured."""
    key = f"casus_{case.id}_{number}"
    with st.form(f"meting_{key}"):
        label = st.text_input("Naam van deze meting", value=case.label_of(number),
                              key=f"{key}_naam", help="Bijvoorbeeld: januari 2025, na 6 maanden.")
        st.caption("Gebruik per jaar; bij risico's de kans (0–100%) en de omvang. Laat leeg wat "
                   "niet gemeten is: een verandering telt alleen als start én eind zijn ingevuld.")
        values, sizes = {}, {}
        groups = list(dict.fromkeys(item.group for item in CATALOGUE))
        columns = st.columns(2, gap="large")
        for i, group in enumerate(groups):
            with columns[i % 2]:
                st.markdown(f"**{group}**")
                for item in (it for it in CATALOGUE if it.group == group):
                    current = case.values.get((number, item.key))
                    if item.kind == RISK:
                        left, right = st.columns([3, 2])
                        shown = None if current is None else round(current * 100, 6)
                        value = left.number_input(
                            f"Kans op {item.label.lower()} (%)", min_value=0.0, max_value=100.0,
                            value=shown, step=5.0, key=f"{key}_{item.key}", placeholder="niet gemeten")
                        values[item.key] = None if value is None else value / 100
                        sizes[item.key] = right.number_input(
                            f"Omvang ({item.unit})", min_value=0.0,
                            value=case.sizes.get(item.key, item.default_size),
                            key=f"{key}_{item.key}_omvang", placeholder="vul in")
                    else:
                        values[item.key] = st.number_input(
                            f"{item.label} ({item.unit})", min_value=0.0, value=current,
                            key=f"{key}_{item.key}", placeholder="niet gemeten")
        if st.form_submit_button("Meting opslaan", type="primary", icon=":material/save:"):
            kept = {k: v for k, v in case.values.items() if k[0] != number}
            kept |= {(number, k): float(v) for k, v in values.items() if v is not None}
            periods = tuple(p if p.number != number else Period(number, label.strip() or
                                                                period_label(number))
                            for p in case.periods)
            new_sizes = {k: float(v) for k, v in sizes.items() if v}  # 0 or empty: no size
            updated = replace(case, values=kept, periods=periods, sizes=new_sizes)
            if _save(updated, f"{label.strip() or period_label(number)} van casus {case.code} "
                              "opgeslagen.") is not None:
                st.rerun()


def _case_form(case: Case) -> None:
    financiers = list(dict.fromkeys([*FINANCIERS, *(c.financier for c in project.costs),
                                     *case.investments]))
    with st.form(f"casus_gegevens_{case.id}"):
        code = st.text_input("Casuscode", value=case.code, key=f"casus_{case.id}_code")
        group = st.text_input("Doelgroep", value=case.target_group, key=f"casus_{case.id}_doelgroep")
        words = st.text_area("Wat is er veranderd, in de woorden van de bewoner",
                             value=case.own_words, key=f"casus_{case.id}_woorden")
        st.markdown("**Investering in deze casus** (euro, over de hele begeleiding)")
        amounts = {}
        columns = st.columns(3)
        for i, financier in enumerate(financiers):
            amounts[financier] = columns[i % 3].number_input(
                f"Investering {md(party_label(financier))} (€)", min_value=0.0, step=100.0, format="%.0f",
                value=case.investments.get(financier), key=f"casus_{case.id}_inv_{i}",
                placeholder="niets")
        if st.form_submit_button("Casus opslaan", type="primary", icon=":material/save:"):
            updated = replace(case, code=code, target_group=group, own_words=words,
                              investments={f: float(a) for f, a in amounts.items() if a})
            if _save(updated, f"Casus {code.strip()} opgeslagen.") is not None:
                st.rerun()


def _overview(case: Case) -> None:
    frame = changes([case], store.reference)
    if frame.empty:
        st.info("Nog niets gemeten bij deze casus.")
        return
    end = case.label_of(case.end_period) if case.end_period > 0 else "eind"

    def shown(value, kind):
        if pd.isna(value):
            return ""
        return formats.percent(value) if kind == RISK else formats.number(value, decimals=1)

    table = pd.DataFrame({
        "Onderdeel": frame["label"],
        "Eenheid": [("kans" if k == RISK else u) for k, u in zip(frame["kind"], frame["unit"])],
        case.label_of(0): [shown(v, k) for v, k in zip(frame["start"], frame["kind"])],
        end: [shown(v, k) for v, k in zip(frame["end"], frame["kind"])],
        "Verandering": [shown(v, k) for v, k in zip(frame["change"], frame["kind"])],
        "Status": frame["status"],
    })
    st.dataframe(table, hide_index=True, key=f"casus_overzicht_{case.id}")


def _show_case(case: Case) -> None:
    st.subheader(f"Casus {md(case.code)}" + (f" · {md(case.target_group)}" if case.target_group else ""))
    numbers = [p.number for p in case.periods]
    names = {p.number: p.label for p in case.periods}
    picked_key = f"casus_{case.id}_meting"
    if ss.get(picked_key) not in numbers:  # first the measurement still to fill in
        unfilled = [n for n in numbers if all(p != n for p, _ in case.values)]
        ss[picked_key] = unfilled[0] if unfilled else numbers[-1]
    tab_measure, tab_case, tab_delete = st.tabs(["Metingen", "Casus en investering", "Verwijderen"])
    with tab_measure:
        cols = st.columns([4, 1])
        number = cols[0].radio("Meting", numbers, format_func=lambda n: md(names[n]),
                               key=picked_key, horizontal=True)
        if cols[1].button("Meting toevoegen", icon=":material/add:", key=f"casus_{case.id}_erbij",
                          help="Een vervolgmeting: de laatste meting is de eindsituatie."):
            new = max(numbers) + 1
            updated = replace(case, periods=(*case.periods, Period(new, period_label(new))))
            if _save(updated, f"{period_label(new)} toegevoegd aan casus {case.code}.") is not None:
                ss[PENDING] = {picked_key: new}
                st.rerun()
        if number == 0:
            st.caption("De **startsituatie**: hoe was het vóór de activiteiten?")
        elif number == case.end_period:
            st.caption("De laatste meting is de **eindsituatie**.")
        _measurement_form(case, number)
        st.markdown("**Start- en eindsituatie**")
        _overview(case)
    with tab_case:
        _case_form(case)
    with tab_delete:
        sure = st.checkbox(f"Ja, verwijder casus {md(case.code)} met al zijn metingen",
                           key=f"casus_{case.id}_zeker")
        if st.button("Casus verwijderen", disabled=not sure, key=f"casus_{case.id}_weg",
                     icon=":material/delete:"):
            delete_cases(store, project_id, [case.id])
            ss[FLASH] = f"Casus {case.code} verwijderd."
            ss[PENDING] = {CASE_KEY: None}
            st.rerun()


st.title("Casussen")
picked = project_picker()
if not picked:
    st.stop()
project_id, project = picked
store = get_store()
if FLASH in ss:
    st.success(md(ss.pop(FLASH)), icon=":material/check:")
st.markdown(
    "Per bewoner de situatie **vóór** de activiteiten en daarna: gebruik van zorg en "
    "ondersteuning, inkomen en schulden, en risico's. In de *Werksessie* bepalen de "
    "professionals hoeveel van elke verandering aan de activiteiten te danken is."
)
st.caption("Gebruik alleen een casuscode (C01). Schrijf nergens een naam, adres, BSN, "
           "e-mailadres of telefoonnummer op; vrije tekst wordt daarop gecontroleerd.")

ss.update(ss.pop(PENDING, {}))
cases = list_cases(store, project_id)
by_id = {c.id: c for c in cases}
options = [*by_id, NEW]
if ss.get(CASE_KEY) not in options:
    ss[CASE_KEY] = options[0]
chosen = st.selectbox(
    "Casus", options, key=CASE_KEY,
    format_func=lambda i: "+ Nieuwe casus" if i == NEW else  # plain text: no Markdown here
    by_id[i].code + (f" · {by_id[i].target_group}" if by_id[i].target_group else ""))
if chosen == NEW:
    _new_case_form(cases)
else:
    _show_case(by_id[chosen])

if not cases:
    st.stop()
st.divider()
st.subheader("Alle casussen van dit project")
results = evaluate(project, cases, store.reference)
summary = results.summary
st.dataframe(pd.DataFrame({
    "Casus": summary["code"], "Doelgroep": summary["target_group"],
    "Metingen": [len(c.periods) for c in cases],
    "Veranderingen": summary["changes"],
    "Besproken": summary["changes"] - summary["open"],
    "Investering": [formats.euro(v) for v in summary["investment"]],
}), hide_index=True, key="casussen_alle")

trend = monitoring(cases)
if len(trend):
    with st.expander("Verloop over de metingen (monitoring)"):
        st.caption("Per onderdeel en meting het totaal per jaar over de casussen (bij risico's "
                   "de gemiddelde kans), tussen haakjes het aantal gemeten casussen.")
        text = [(formats.percent(v) if k == RISK else formats.number(v, decimals=1)) + f" ({n})"
                for v, k, n in zip(trend["value"], trend["kind"], trend["cases"])]
        wide = (trend.assign(text=text)
                .pivot(index="label", columns="period_label", values="text").fillna(""))
        rows, order = dict.fromkeys(trend["label"]), dict.fromkeys(trend["period_label"])
        st.dataframe(wide.reindex(index=list(rows), columns=list(order)), key="casussen_verloop")
        if (trend["kind"] == INDICATOR).any():
            st.caption("Indicatoren (schulden, schuldeisers) worden gevolgd, niet in euro's gewaardeerd.")

st.markdown("**Exporteren** (zonder vrije tekst: de woorden van bewoners en de redenen blijven in "
            "de app)")
cols = st.columns(2)
cols[0].download_button("Casussen als CSV", cases_csv(results), file_name="casussen.csv",
                        mime="text/csv", key="casussen_csv", icon=":material/download:")
cols[1].download_button(
    "Casussen als Excel", cases_xlsx(cases, results), file_name="casussen.xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    key="casussen_xlsx", icon=":material/download:")

with st.expander("Alle casussen van dit project verwijderen"):
    sure = st.checkbox(f"Ja, verwijder alle {len(cases)} casussen van dit project, met hun "
                       "metingen en de uitkomsten van de werksessie", key="casussen_alle_zeker")
    st.caption("Effecten die al in ex post zijn overgenomen, blijven in het project staan.")
    if st.button("Alle casussen verwijderen", disabled=not sure, key="casussen_alle_weg",
                 icon=":material/delete_forever:"):
        count = delete_cases(store, project_id)
        ss[FLASH] = f"{count} casussen verwijderd."
        ss[PENDING] = {CASE_KEY: None}
        st.rerun()
