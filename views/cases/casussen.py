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
    check_case,
    end_label,
    evaluate,
    monitoring,
    next_code,
    period_label,
)
from impactkaart.cases.store import delete_cases, list_cases, save_case
from impactkaart.text import formats
from impactkaart.text.cases import error_lines
from impactkaart.text.catalogue import t
from impactkaart.text.names import party_label
from impactkaart.text.proxies import overlap_warnings
from impactkaart.text.safe import md
from views.components.export_audit import audited
from views.components.numbers import number_field, unsettled
from views.components.page import open_page
from views.components.session import project_key

ss = st.session_state
FLASH, NEW = "casus_flash", 0
PENDING = "casus_straks"  # a choice made after the widgets were drawn, set on the next run
FINANCIERS = ("gemeente", "aanbieder", "zorgverzekeraar")


def _save(case: Case, message: str) -> int | None:
    """Save ``case``; ``message`` (Markdown, user text through md) is shown on the next run."""
    try:
        # The store refuses a taken code too, but only this check words it in both languages.
        check_case(case, store.reference, others=cases)
        case_id = save_case(store, project_id, case)
    except CaseError as exc:
        st.error(t("cases.not_saved", lang) + "\n\n" + "\n".join(
            f"- {md(e)}" for e in error_lines(exc, lang)), icon="⚠️")
        return None
    ss[FLASH] = message
    return case_id


def _new_case_form() -> None:
    with st.form("casus_nieuw"):
        st.subheader(t("cases.new", lang))
        code = st.text_input(t("cases.code", lang), value=next_code(cases), key=project_key("casus_nieuw_code"),
                             help=t("cases.code_help", lang))
        group = st.text_input(t("cases.target_group", lang), key=project_key("casus_nieuw_doelgroep"),
                              placeholder=t("cases.target_group_placeholder", lang),
                              help=t("cases.target_group_help", lang))
        words = st.text_area(t("cases.own_words", lang), key=project_key("casus_nieuw_woorden"),
                             placeholder=t("cases.own_words_placeholder", lang))
        if st.form_submit_button(t("cases.create", lang), type="primary", icon=":material/add:"):
            case = Case(code=code, target_group=group, own_words=words,
                        periods=(Period(0, period_label(0, lang)), Period(1, end_label(lang))))
            case_id = _save(case, t("cases.created", lang, code=md(code.strip())))
            if case_id is not None:
                ss[PENDING] = {CASE_KEY: case_id}
                st.rerun()


def _measurement_form(case: Case, number: int) -> None:
    """All catalogue items of one measurement, grouped; empty = not measured."""
    key = project_key(f"casus_{case.id}_{number}")
    with st.form(f"meting_{key}"):
        label = st.text_input(t("cases.measurement_name", lang), value=case.label_of(number),
                              key=f"{key}_naam", help=t("cases.measurement_name_help", lang))
        st.caption(t("cases.measurement_hint", lang))
        values, sizes, fields = {}, {}, []
        groups = list(dict.fromkeys(item.group for item in CATALOGUE))
        columns = st.columns(2, gap="large")
        for i, group in enumerate(groups):
            with columns[i % 2]:
                items = [it for it in CATALOGUE if it.group == group]
                st.markdown(f"**{items[0].group_name(lang)}**")
                for item in items:
                    current = case.values.get((number, item.key))
                    if item.kind == RISK:
                        left, right = st.columns([3, 2])
                        values[item.key] = number_field(
                            t("cases.risk_input", lang, item=item.name(lang).lower()), "share",
                            value=current, key=f"{key}_{item.key}", lang=lang, where=left,
                            required=False, placeholder=t("cases.not_measured", lang))
                        sizes[item.key] = number_field(
                            t("cases.size_input", lang, unit=item.unit_text(lang)), "number",
                            value=case.sizes.get(item.key, item.default_size), low=0,
                            key=f"{key}_{item.key}_omvang", lang=lang, where=right,
                            required=False, placeholder=t("cases.fill_in", lang))
                        fields += [f"{key}_{item.key}", f"{key}_{item.key}_omvang"]
                    else:
                        values[item.key] = number_field(
                            t("cases.value_input", lang, item=item.name(lang),
                              unit=item.unit_text(lang)), "number", low=0,
                            value=current, key=f"{key}_{item.key}", lang=lang, required=False,
                            placeholder=t("cases.not_measured", lang))
                        fields.append(f"{key}_{item.key}")
        # a field with an error or a question says so under itself; nothing is saved then
        if st.form_submit_button(t("cases.save_measurement", lang), type="primary",
                                 icon=":material/save:") and not unsettled(*fields):
            kept = {k: v for k, v in case.values.items() if k[0] != number}
            kept |= {(number, k): float(v) for k, v in values.items() if v is not None}
            name = label.strip() or period_label(number, lang)
            periods = tuple(p if p.number != number else Period(number, name)
                            for p in case.periods)
            new_sizes = {k: float(v) for k, v in sizes.items() if v}  # 0 or empty: no size
            updated = replace(case, values=kept, periods=periods, sizes=new_sizes)
            message = t("cases.measurement_saved", lang, measurement=md(name), code=md(case.code))
            if _save(updated, message) is not None:
                st.rerun()


def _case_form(case: Case) -> None:
    financiers = list(dict.fromkeys([*FINANCIERS, *(c.financier for c in project.costs),
                                     *case.investments]))
    with st.form(f"casus_gegevens_{case.id}"):
        code = st.text_input(t("cases.code", lang), value=case.code, key=project_key(f"casus_{case.id}_code"))
        group = st.text_input(t("cases.target_group", lang), value=case.target_group,
                              key=project_key(f"casus_{case.id}_doelgroep"))
        words = st.text_area(t("cases.own_words", lang), value=case.own_words,
                             key=project_key(f"casus_{case.id}_woorden"))
        st.markdown(t("cases.investment_heading", lang))
        amounts = {}
        columns = st.columns(3)
        for i, financier in enumerate(financiers):
            amounts[financier] = number_field(
                t("cases.investment_input", lang, financier=md(party_label(financier, lang))),
                "amount", value=case.investments.get(financier), key=project_key(f"casus_{case.id}_inv_{i}"),
                lang=lang, where=columns[i % 3], required=False,
                placeholder=t("cases.nothing", lang))
        if st.form_submit_button(t("cases.save_case", lang), type="primary",
                                 icon=":material/save:") and not unsettled(
                *(f"casus_{case.id}_inv_{i}" for i in range(len(financiers)))):
            updated = replace(case, code=code, target_group=group, own_words=words,
                              investments={f: float(a) for f, a in amounts.items() if a})
            if _save(updated, t("cases.saved", lang, code=md(code.strip()))) is not None:
                st.rerun()


def _shown(value, kind) -> str:
    if pd.isna(value):
        return ""
    return formats.percent(value, lang) if kind == RISK else formats.number(value, lang, decimals=1)


def _overview(case: Case) -> None:
    frame = changes([case], store.reference, lang)
    if frame.empty:
        st.info(t("cases.nothing_measured", lang))
        return
    end = case.label_of(case.end_period) if case.end_period > 0 else t("cases.end_short", lang)
    table = pd.DataFrame({
        t("cases.col.item", lang): frame["label"],
        t("cases.col.unit", lang): [(t("cases.likelihood", lang) if k == RISK else u)
                                    for k, u in zip(frame["kind"], frame["unit"])],
        case.label_of(0): [_shown(v, k) for v, k in zip(frame["start"], frame["kind"])],
        end: [_shown(v, k) for v, k in zip(frame["end"], frame["kind"])],
        t("cases.col.change", lang): [_shown(v, k) for v, k in zip(frame["change"], frame["kind"])],
        t("cases.col.status", lang): [t(f"cases.status.{s}", lang) for s in frame["status"]],
    })
    st.dataframe(table, hide_index=True, key=f"casus_overzicht_{case.id}")


def _show_case(case: Case) -> None:
    heading = t("cases.case_heading", lang, code=md(case.code))
    st.subheader(heading + (f" · {md(case.target_group)}" if case.target_group else ""))
    numbers = [p.number for p in case.periods]
    names = {p.number: p.label for p in case.periods}
    picked_key = project_key(f"casus_{case.id}_meting")
    if ss.get(picked_key) not in numbers:  # first the measurement still to fill in
        unfilled = [n for n in numbers if all(p != n for p, _ in case.values)]
        ss[picked_key] = unfilled[0] if unfilled else numbers[-1]
    tab_measure, tab_case, tab_delete = st.tabs(
        [t("cases.tab.measurements", lang), t("cases.tab.case", lang), t("cases.tab.delete", lang)])
    with tab_measure:
        cols = st.columns([4, 1])
        number = cols[0].radio(t("cases.measurement", lang), numbers,
                               format_func=lambda n: md(names[n]), key=picked_key, horizontal=True)
        if cols[1].button(t("cases.add_measurement", lang), icon=":material/add:",
                          key=f"casus_{case.id}_erbij", help=t("cases.add_measurement_help", lang)):
            new = max(numbers) + 1
            updated = replace(case, periods=(*case.periods, Period(new, period_label(new, lang))))
            message = t("cases.measurement_added", lang, measurement=period_label(new, lang),
                        code=md(case.code))
            if _save(updated, message) is not None:
                ss[PENDING] = {picked_key: new}
                st.rerun()
        if number == 0:
            st.caption(t("cases.start_hint", lang))
        elif number == case.end_period:
            st.caption(t("cases.end_hint", lang))
        _measurement_form(case, number)
        st.markdown(t("cases.start_and_end", lang))
        _overview(case)
    with tab_case:
        _case_form(case)
    with tab_delete:
        sure = st.checkbox(t("cases.delete_confirm", lang, code=md(case.code)),
                           key=project_key(f"casus_{case.id}_zeker"))
        if st.button(t("cases.delete", lang), disabled=not sure, key=f"casus_{case.id}_weg",
                     icon=":material/delete:"):
            delete_cases(store, project_id, [case.id])
            ss[FLASH] = t("cases.deleted", lang, code=md(case.code))
            ss[PENDING] = {CASE_KEY: None}
            st.rerun()


def _all_cases() -> None:
    st.subheader(t("cases.all_heading", lang))
    results = evaluate(project, cases, store.reference, lang)
    for warning in overlap_warnings(CATALOGUE, store.reference, lang, numbered=False):
        st.warning(warning)  # the items every case can use: a composite beside its part
    summary = results.summary
    st.dataframe(pd.DataFrame({
        t("cases.col.case", lang): summary["code"],
        t("cases.col.target_group", lang): summary["target_group"],
        t("cases.col.measurements", lang): [len(c.periods) for c in cases],
        t("cases.col.changes", lang): summary["changes"],
        t("cases.col.discussed", lang): summary["changes"] - summary["open"],
        t("cases.col.investment", lang): [formats.euro(v, lang) for v in summary["investment"]],
    }), hide_index=True, key="casussen_alle")

    trend = monitoring(cases, lang)
    if len(trend):
        with st.expander(t("cases.monitoring", lang)):
            st.caption(t("cases.monitoring_hint", lang))
            text = [_shown(v, k) + f" ({n})"
                    for v, k, n in zip(trend["value"], trend["kind"], trend["cases"])]
            wide = (trend.assign(text=text)
                    .pivot(index="label", columns="period_label", values="text").fillna(""))
            rows, order = dict.fromkeys(trend["label"]), dict.fromkeys(trend["period_label"])
            st.dataframe(wide.reindex(index=list(rows), columns=list(order)), key="casussen_verloop")
            if (trend["kind"] == INDICATOR).any():
                st.caption(t("cases.indicators_hint", lang))

    st.markdown(t("cases.export_heading", lang))
    cols = st.columns(2)
    name = t("cases.file", lang)
    cols[0].download_button(t("cases.csv", lang), audited(cases_csv(results, lang), f"{name}.csv"),
                            file_name=f"{name}.csv",
                            mime="text/csv", key="casussen_csv", icon=":material/download:")
    cols[1].download_button(
        t("cases.xlsx", lang), audited(cases_xlsx(cases, results, lang), f"{name}.xlsx"),
        file_name=f"{name}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key="casussen_xlsx", icon=":material/download:")

    with st.expander(t("cases.delete_all_heading", lang)):
        sure = st.checkbox(t("cases.delete_all_confirm", lang, n=len(cases)),
                           key=project_key("casussen_alle_zeker"))
        st.caption(t("cases.delete_all_hint", lang))
        if st.button(t("cases.delete_all", lang), disabled=not sure, key="casussen_alle_weg",
                     icon=":material/delete_forever:"):
            count = delete_cases(store, project_id)
            ss[FLASH] = t("cases.deleted_all", lang, n=count)
            ss[PENDING] = {CASE_KEY: None}
            st.rerun()


page = open_page("cases.title", flash=FLASH)
lang, store, project_id, project = page.lang, page.store, page.project_id, page.project
CASE_KEY = project_key("casus_keuze")  # the chosen case: one of the open project's
st.markdown(t("cases.intro", lang))
st.caption(t("cases.privacy_hint", lang))

ss.update(ss.pop(PENDING, {}))
cases = list_cases(store, project_id)
by_id = {c.id: c for c in cases}
options = [*by_id, NEW]
if ss.get(CASE_KEY) not in options:
    ss[CASE_KEY] = options[0]
chosen = st.selectbox(
    t("cases.case", lang), options, key=CASE_KEY,
    format_func=lambda i: t("cases.new_option", lang) if i == NEW else  # plain text: no Markdown
    by_id[i].code + (f" · {by_id[i].target_group}" if by_id[i].target_group else ""))
if chosen == NEW:
    _new_case_form()
else:
    _show_case(by_id[chosen])

if cases:
    st.divider()
    _all_cases()
