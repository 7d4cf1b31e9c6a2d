"""The discounting convention (issue 15 item 13): the picker (on the Effecten page), the
convention line and rate sensitivity (on the Impactkaart) and the section on *Over de
methode*. Words and figures come from `impactkaart.text.conventions`."""

from __future__ import annotations

import functools

import streamlit as st

from impactkaart.authoring.conventions import with_convention
from impactkaart.authoring.demo import demo_projects
from impactkaart.core.model import Project, ProjectError
from impactkaart.text import conventions
from impactkaart.text.catalogue import t
from impactkaart.text.errors import describe
from impactkaart.text.names import project_type_label
from views.components import session

ss = st.session_state


@functools.lru_cache(maxsize=128)
def lines(project: Project, lang: str = "nl") -> tuple[str, bool, str]:
    """(convention line, sourced?, rate-sensitivity line) of a project: kept across reruns
    (this module is imported once per process), so a rerun that leaves the what-if project
    as it was does not compute the project at 0 % and 4 % again."""
    return (conventions.convention_line(project, lang), conventions.is_sourced(project),
            conventions.sensitivity_line(project, lang))


def result_lines(project: Project, lang: str = "nl") -> None:
    """The convention in force and the factor at 0 % and 4 %, under the headline figures."""
    convention, sourced, sensitivity = lines(project, lang)
    # One caption of paragraphs: every element costs the browser on each slider move.
    warning = [] if sourced else [f"⚠️ {t('conventions.unsourced_badge', lang)}"]
    st.caption("\n\n".join([convention, *warning, sensitivity]))


def editor(project: Project, project_id: int, store, lang: str = "nl", flash: str | None = None) -> None:
    """An expander with the convention picker and a save button."""
    keys = [key for key, _ in conventions.options(lang)]
    names = dict(conventions.options(lang))
    with st.expander(t("conventions.label", lang), expanded=False):
        chosen = st.selectbox(
            t("conventions.label", lang), keys, index=keys.index(project.discount_convention),
            format_func=names.get, help=t("conventions.help", lang),
            key=session.project_key(f"conventie_{project.discount_convention}"))
        candidate = None
        try:
            candidate = with_convention(project, chosen)
        except ProjectError as exc:
            for error in exc.errors:
                st.error(describe(error, lang), icon="⚠️")
        if candidate is not None:
            st.caption(conventions.convention_line(candidate, lang))
        if st.button(t("conventions.save", lang), key="conventie_opslaan", type="primary",
                     disabled=candidate is None or candidate == project):
            store.save_project(candidate, project_id)
            if flash:
                ss[flash] = t("conventions.saved", lang)
            st.rerun()


def about(lang: str = "nl") -> None:
    """The section on *Over de methode*: every convention, its source, and what is unconfirmed."""
    st.subheader(t("conventions.about_heading", lang))
    st.markdown(t("conventions.about", lang))
    for project in demo_projects():  # the rate sensitivity, on the illustrative demos
        st.caption(t("conventions.about_example", lang,
                     name=project_type_label(project.project_type, lang),
                     line=conventions.sensitivity_line(project, lang)))
