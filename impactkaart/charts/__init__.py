"""Altair charts: the shared base (palette, number formats, templates) and the
Impactkaart's own charts. Pure Altair, no Streamlit.
"""
