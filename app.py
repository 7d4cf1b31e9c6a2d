"""Streamlit entry point: page config and navigation, nothing else.

The pages live in views/, not pages/: Streamlit treats a pages/ folder beside
the entry script as an old-style multipage app, and a reload of /effecten would
then run that file without this navigation.
"""

import streamlit as st

from impactkaart.workshop.rooms import workshop_only

st.set_page_config(page_title="Impactkaart", page_icon=":material/explore:", layout="wide")
# IMPACTKAART_WORKSHOP=1: a server for a workshop shows only these pages, so that no
# attendee can open another attendee's project through the other pages.
WORKSHOP = [
    st.Page("views/workshop/deelnemen.py", title="Meedoen aan een workshop",
            icon=":material/diversity_3:", url_path="meedoen", default=workshop_only()),
    st.Page("views/workshop/overzicht.py", title="Workshop-overzicht",
            icon=":material/co_present:", url_path="workshop-overzicht"),
    st.Page("views/workshop/aanmaken.py", title="Workshop aanmaken", icon=":material/add_box:",
            url_path="workshop-aanmaken"),
]
st.navigation(
    {"Workshop": WORKSHOP} if workshop_only() else {
        "Project": [
            st.Page("views/project/impactkaart.py", title="De Impactkaart", icon=":material/explore:",
                    default=True),
            st.Page("views/project/nieuw_project.py", url_path="nieuw_project", title="Nieuw project", icon=":material/add_circle:"),
            st.Page("views/project/effecten.py", url_path="effecten", title="Effecten bewerken", icon=":material/edit:"),
            st.Page("views/project/ex_post.py", url_path="ex_post", title="Ex ante / ex post", icon=":material/compare_arrows:"),
            st.Page("views/project/scenarios.py", url_path="scenarios", title="Scenario's", icon=":material/call_split:"),
        ],
        "Casusniveau": [
            st.Page("views/cases/casussen.py", url_path="casussen", title="Casussen", icon=":material/person_search:"),
            st.Page("views/cases/werksessie.py", url_path="werksessie", title="Werksessie", icon=":material/groups:"),
        ],
        "Laten zien": [
            st.Page("views/show/presentatie.py", url_path="presentatie", title="Presentatie", icon=":material/slideshow:"),
            st.Page("views/show/portfolio.py", url_path="portfolio", title="Portfolio", icon=":material/dashboard:"),
        ],
        "Gegevens": [
            st.Page("views/data/importeren.py", url_path="importeren", title="Importeren (CSV/Excel)",
                    icon=":material/upload_file:"),
            st.Page("views/data/backup.py", url_path="backup", title="Back-up en herstel", icon=":material/backup:"),
            st.Page("views/data/methode.py", url_path="methode", title="Over de methode", icon=":material/menu_book:"),
        ],
        "Workshop": WORKSHOP,
    },
    expanded=True,  # every page in view: a first-time user should not hunt behind "View more"
    position="top" if workshop_only() else "sidebar",  # the room's screens: all width to the map
).run()
