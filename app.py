"""Streamlit entry point: page config and navigation, nothing else."""

import streamlit as st

st.set_page_config(page_title="Impactkaart", page_icon="🧭", layout="wide")
st.navigation([st.Page("pages/impactkaart.py", title="De Impactkaart", default=True)]).run()
