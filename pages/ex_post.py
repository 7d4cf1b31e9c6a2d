"""Placeholder page; built in issue 4."""

import streamlit as st

st.title("In aanbouw")
