"""The ILLUSTRATIEF badge with what to replace: each reason names its rows and fields, and
a link opens the effects editor. No reason left: no badge."""

from __future__ import annotations

import streamlit as st

from impactkaart.core.model import Project
from impactkaart.text.catalogue import t
from impactkaart.text.safe import md
from views.components import pages, results


def show(project: Project, lang: str = "nl") -> None:
    reasons = results.reasons(project, lang)
    if not reasons:
        return
    st.badge(t("illustrative_badge", lang), icon=":material/science:", color="orange")
    # Folded: the headline stays on a phone's first screen (issue 16, item 10).
    with st.expander(t("nav.illustrative.which", lang)):
        st.caption(t("illustrative_intro", lang) + "\n"
                   + "\n".join(f"- {md(r)}" for r in reasons))
        text, link = st.columns([4, 1], vertical_alignment="center")
        text.caption(t("nav.illustrative.replace", lang))
        pages.link("views/project/effecten.py", t("nav.illustrative.to_editor", lang),
                   ":material/edit:", where=link)
