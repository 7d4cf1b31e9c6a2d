"""Placeholder: the Impactkaart of the first demo project (issue 4 builds the real page)."""

import streamlit as st

from impactkaart import i18n
from impactkaart.demo import demo_projects
from impactkaart.engine import compute

project = demo_projects()[0]
result = compute(project)
st.title(project.name)
st.metric("Rendementsfactor", i18n.factor(result.rendementsfactor, decimals=2))
