"""Streamlit entry point: page config and navigation, nothing else."""

import streamlit as st

st.set_page_config(page_title="Impactkaart", page_icon="🧭", layout="wide")
st.navigation(
    [
        st.Page("pages/impactkaart.py", title="De Impactkaart", icon="🧭", default=True),
        st.Page("pages/nieuw_project.py", title="Nieuw project", icon="➕"),
        st.Page("pages/effecten.py", title="Effecten bewerken", icon="✏️"),
        st.Page("pages/ex_post.py", title="Ex ante / ex post", icon="📏"),
        st.Page("pages/importeren.py", title="Importeren (CSV/Excel)", icon="📥"),
        st.Page("pages/backup.py", title="Back-up en herstel", icon="💾"),
        st.Page("pages/portfolio.py", title="Portfolio", icon="🗂️"),
        st.Page("pages/scenarios.py", title="Scenario's", icon="🔀"),
        st.Page("pages/presentatie.py", title="Presentatie", icon="📽️"),
        st.Page("pages/methode.py", title="Over de methode", icon="📚"),
    ]
).run()
