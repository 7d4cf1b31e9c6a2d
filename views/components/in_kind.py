"""Inputs in kind: the editor (on the Effecten page) and the result line (on the
Impactkaart). Figures come from the engine's result; the edit is checked by
`impactkaart.authoring.in_kind.with_in_kind` and saved only when valid."""

from __future__ import annotations

import streamlit as st

from impactkaart.authoring.in_kind import DEFAULT_PROVIDER, default_hour_value, with_in_kind
from impactkaart.core.engine import ProjectResult
from impactkaart.core.model import Project, ProjectError
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.errors import describe
from impactkaart.text.names import party_label, party_labels
from views.components.numbers import number_field

ss = st.session_state


def result_line(result: ProjectResult, lang: str = "nl") -> None:
    """One caption under the headline figures: the in-kind part of the costs, apart from
    the euro budget (or what was left out); nothing for a project without in-kind lines."""
    if result.pv_in_kind:
        st.caption(t("inputs.in_kind_result", lang, in_kind=formats.euro(result.pv_in_kind, lang),
                     budget=formats.euro(result.pv_budget, lang)))
    elif result.pv_in_kind_all:
        st.caption(t("inputs.in_kind_not_counted", lang,
                     in_kind=formats.euro(result.pv_in_kind_all, lang)))


def editor(project: Project, project_id: int, store, lang: str = "nl", flash: str | None = None) -> None:
    """An expander with the project's in-kind lines, the switch, and a save button."""
    version = ss.get("in_kind_versie", 0)
    prefix = f"ik_{project_id}_{version}"
    count_key = f"{prefix}_n"
    ss.setdefault(count_key, len(project.in_kind))
    providers = sorted({DEFAULT_PROVIDER, *party_labels(), *(line.provider for line in project.in_kind)})
    years = list(range(1, project.years + 1))
    with st.expander(t("inputs.in_kind_heading", lang), expanded=bool(project.in_kind)):
        st.caption(t("inputs.in_kind_intro", lang, value=formats.euro(default_hour_value(), lang,
                                                                       decimals=2)))
        counted = st.toggle(t("inputs.in_kind_count", lang), value=project.count_in_kind,
                            key=f"{prefix}_tellen", help=t("inputs.in_kind_count_help", lang))
        lines, unread = [], False
        for i in range(ss[count_key]):
            line = project.in_kind[i] if i < len(project.in_kind) else None
            st.markdown(f"**{t('inputs.in_kind_line', lang, number=i + 1)}**")
            top = st.columns([3, 2, 2])
            label = top[0].text_input(t("inputs.in_kind_label", lang), key=f"{prefix}_label{i}",
                                      value=line.label if line else "")
            provider = top[1].selectbox(
                t("inputs.in_kind_provider", lang), providers, key=f"{prefix}_wie{i}",
                index=providers.index(line.provider if line else DEFAULT_PROVIDER),
                format_func=lambda key: party_label(key, lang))
            chosen_years = top[2].multiselect(t("inputs.in_kind_years", lang), years,
                                              default=list(line.years) if line else years,
                                              key=f"{prefix}_jaren{i}")
            row = st.columns(3)
            numbers = {}
            for column, (name, kind, value) in zip(row, (
                    ("hours", "number", line.hours if line else None),
                    ("value_per_hour", "amount", line.value_per_hour if line else None),
                    ("amount", "amount", line.amount if line else None))):
                key = f"{prefix}_{name}{i}"
                numbers[name] = number_field(
                    t(f"inputs.in_kind_{'value' if name == 'value_per_hour' else name}", lang),
                    kind, key=key, lang=lang, value=value, low=0.0, required=False, where=column)
                unread = unread or (numbers[name] is None and bool(str(ss.get(key, "")).strip()))
            source = st.text_input(t("inputs.in_kind_source", lang), key=f"{prefix}_bron{i}",
                                   value=line.source if line else "")
            lines.append({"label": label, "provider": provider, "years": chosen_years or None,
                          "source": source, **numbers})
        add, remove, save = st.columns(3)
        if add.button(t("inputs.in_kind_add", lang), key=f"{prefix}_erbij", icon=":material/add:"):
            ss[count_key] += 1
            st.rerun()
        if remove.button(t("inputs.in_kind_remove", lang), key=f"{prefix}_eraf",
                         disabled=not ss[count_key], icon=":material/remove:"):
            ss[count_key] -= 1
            st.rerun()
        candidate = None
        if not unread:
            try:
                candidate = with_in_kind(project, lines, counted)
            except ProjectError as exc:
                for error in exc.errors:
                    st.error(describe(error, lang), icon="⚠️")
        if save.button(t("inputs.in_kind_save", lang), key="in_kind_opslaan", type="primary",
                       disabled=candidate is None or candidate == project):
            store.save_project(candidate, project_id)
            ss["in_kind_versie"] = version + 1
            if flash:
                ss[flash] = t("inputs.in_kind_saved", lang)
            st.rerun()
