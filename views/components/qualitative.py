"""The qualitative effects as cards: as visible as the numbers, never dropped."""

from __future__ import annotations

import streamlit as st

from impactkaart.core.model import Project
from impactkaart.text.catalogue import t
from impactkaart.text.names import party_label
from impactkaart.text.safe import md

_ICON = {"+": ":material/arrow_upward:", "-": ":material/arrow_downward:"}
_COLOUR = {"+": "blue", "-": "orange"}  # Okabe–Ito-like pair, not red/green


def show(project: Project, lang: str = "nl", selected: str | None = None) -> None:
    st.subheader(t("qualitative_title", lang))
    st.caption(t("qualitative_intro", lang))
    if not project.qualitative:
        st.info(t("qualitative_none", lang))
        return
    columns = st.columns(min(3, len(project.qualitative)))
    for i, q in enumerate(project.qualitative):
        dimmed = selected is not None and q.stakeholder != selected
        with columns[i % len(columns)].container(border=True):
            direction = t(f"direction_{q.direction}", lang)
            strength = t(f"strength_{q.strength}", lang)
            dots = "●" * q.strength + "○" * (3 - q.strength)
            text = f"**{md(q.outcome)}**"
            colour = "gray" if dimmed else _COLOUR[q.direction]
            party = t("for_party", lang, party=md(party_label(q.stakeholder, lang)))
            # One Markdown element per card (title, badge, party), not three: Streamlit's
            # browser redraws every element of the page on each update of a slider move.
            st.markdown("\n\n".join((
                f":gray[{text}]" if dimmed else text,
                f":{colour}-badge[{_ICON[q.direction]} {direction} · {strength} {dots}]",
                f":gray[:small[{party}]]",
            )))
