"""Cohorts on the Effecten page (issue 16 item 4): one row per effect in the table, its
cohorts (start year, quantity) edited here, one effect at a time; and, for a project of
before, the offer to merge rows that are one effect's cohorts. Checked by
`impactkaart.authoring.cohorts` (`parse_project`) and saved only when valid."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from impactkaart.authoring.cohorts import (
    CohortError,
    cohort_rows,
    merge_cohort_rows,
    merge_counts,
    with_cohorts,
)
from impactkaart.core.model import Project
from impactkaart.text.catalogue import t
from views.components.session import project_key

ss = st.session_state


def merge_offer(project: Project, project_id: int, store, lang: str = "nl",
                flash: str | None = None) -> None:
    """A note and a button when some effects are one effect's cohorts written as rows."""
    rows, effects = merge_counts(project)
    if not rows:
        return
    st.info(t("cohorts.merge_offer", lang, rows=rows, effects=effects), icon=":material/merge:")
    if st.button(t("cohorts.merge", lang), key=project_key("cohorten_samenvoegen")):
        store.save_project(merge_cohort_rows(project), project_id)
        if flash:
            ss[flash] = t("cohorts.merged", lang, rows=rows, effects=effects)
        st.rerun()


def editor(project: Project, project_id: int, store, lang: str = "nl",
           flash: str | None = None) -> None:
    """An expander: pick an effect, edit its cohorts in a small table, save."""
    if not project.effects:
        return
    with st.expander(t("cohorts.heading", lang), expanded=False):
        st.caption(t("cohorts.intro", lang))
        index = st.selectbox(
            t("cohorts.effect", lang), list(range(len(project.effects))),
            format_func=lambda i: project.effects[i].outcome,
            key=project_key("cohorten_effect"))
        effect = project.effects[index]
        version = ss.get("cohorten_versie", 0)
        frame = pd.DataFrame(cohort_rows(effect, lang), columns=["start_year", "quantity"])
        edited = st.data_editor(
            frame, num_rows="dynamic", hide_index=True,
            key=project_key(f"cohorten_tabel_{index}_{version}"),
            column_config={
                "start_year": st.column_config.TextColumn(t("cohorts.start_year", lang)),
                "quantity": st.column_config.TextColumn(t("cohorts.quantity", lang)),
            },
        )
        candidate = None
        try:
            candidate = with_cohorts(project, index, edited.to_dict(orient="records"), lang=lang)
        except CohortError as exc:
            for row, column, text in exc.problems:
                where = t("cohorts.where", lang, row=row,
                          column=t(f"cohorts.{column}", lang)) if row and column in (
                    "start_year", "quantity") else ""
                st.error(f"{where}{text}", icon="⚠️")
        if st.button(t("cohorts.save", lang), key=project_key("cohorten_opslaan"), type="primary",
                     disabled=candidate is None or candidate == project):
            store.save_project(candidate, project_id)
            ss["cohorten_versie"] = version + 1
            if flash:
                ss[flash] = t("cohorts.saved", lang)
            st.rerun()


def expost_note(effect, lang: str = "nl") -> None:
    """On the ex post page, for an effect with cohorts: the measurement is the total of all
    its cohorts, split over them as planned (docs/method.md § 19)."""
    if effect.cohorts:
        st.caption(t("cohorts.expost_note", lang, count=len(effect.cohorts)))
