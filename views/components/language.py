"""The language switch in the sidebar: Dutch by default, English on request.

The choice lives under its own session key (not the widget's), so it survives
moving to a page that does not draw the switch.
"""

from __future__ import annotations

import streamlit as st

from impactkaart.text.catalogue import LANGUAGES
from views.components.keys import page_key

LANG_KEY = "lang"
_WIDGET_KEY = "lang_switch"
_NAMES = {"nl": "Nederlands", "en": "English"}


def _remember() -> None:
    st.session_state[LANG_KEY] = st.session_state[_WIDGET_KEY]


def current() -> str:
    """The chosen language without drawing the switch."""
    return st.session_state.get(LANG_KEY, "nl")


def show() -> str:
    """Draw the switch in the sidebar; return "nl" or "en"."""
    lang = current()
    st.sidebar.radio(
        "Taal / Language",
        LANGUAGES,
        index=LANGUAGES.index(lang),
        format_func=_NAMES.__getitem__,
        horizontal=True,
        key=page_key(_WIDGET_KEY),
        on_change=_remember,
    )
    return current()
