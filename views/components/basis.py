"""The basis of each assumption of one effect, read-only: shown in the method panel."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from impactkaart.core.model import Effect
from impactkaart.text.basis import basis_lines
from impactkaart.text.catalogue import t


def show(effect: Effect, lang: str = "nl") -> None:
    """A small table: assumption, value, basis (the user's words, shown as plain text)."""
    lines = basis_lines(effect, lang)
    st.caption(t("inputs.basis_heading", lang))
    st.dataframe(pd.DataFrame({
        t("inputs.basis_assumption", lang): [line.name for line in lines],
        t("inputs.basis_value", lang): [line.value for line in lines],
        t("inputs.basis_column", lang): [line.basis for line in lines],
    }), hide_index=True, width="stretch")
