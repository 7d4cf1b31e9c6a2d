"""Placeholder: the chosen project's headline (issue 4 builds the real page)."""

import streamlit as st

from impactkaart import i18n
from impactkaart.engine import compute
from pages.components.session import project_picker

picked = project_picker()
if picked:
    project_id, project = picked
    result = compute(project)
    st.title(project.name)
    st.metric("Rendementsfactor", i18n.factor(result.rendementsfactor, decimals=2))
