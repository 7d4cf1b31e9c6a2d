"""The app: page config, the project picker, the language switch and navigation.

Run by the checkout's app.py and by `impactkaart app` from an installed wheel; the
pages are found beside this file, wherever it is installed. Every page keeps its
URL path (bookmarks and workshop links), named explicitly since the files sit in
folders.

The sidebar reads from the top: the open project (so a user always sees where they
are), the language, then the menu. `st.navigation` draws its menu above everything
else in the sidebar, so it is hidden (``position="hidden"``) and the same pages are
listed with `st.page_link` below the picker.
"""

from pathlib import Path

import streamlit as st

from impactkaart.text.catalogue import t
from impactkaart.workshop.rooms import workshop_only
from views.components import auth, language, session, share_link
from views.components import versions as versions_view

# In a workshop room the sidebar holds only the language switch: folded away, so the
# attendee's editor and map keep the whole width (the chevron opens it).
st.set_page_config(page_title="Impactkaart", page_icon=":material/explore:", layout="wide",
                   initial_sidebar_state="collapsed" if workshop_only() else "auto")
lang = language.current()  # the switch is drawn below the picker; its callback ran already


HERE = Path(__file__).resolve().parent


def page(path: str, url_path: str, icon: str, **options) -> st.Page:
    # The page's file by its full path: the main script is this file (a wheel) or the
    # checkout's app.py one folder up, and Streamlit resolves relative paths from it.
    return st.Page(HERE / path.removeprefix("views/"), title=t(f"nav.{url_path}", lang),
                   icon=f":material/{icon}:", url_path=url_path, **options)


# IMPACTKAART_WORKSHOP=1: a server for a workshop shows only these pages, so that no
# attendee can open another attendee's project through the other pages.
# In the room's top bar the attendees see only Meedoen: the facilitator's pages open by
# their address (the overview shows the projector's), never from the attendees' menu.
FACILITATOR = "hidden" if workshop_only() else "visible"
JOIN = page("views/workshop/deelnemen.py", "meedoen", "diversity_3")


def _to_join() -> None:
    """The room's start page ("/"): on to /meedoen with the link's parameters. Were
    Meedoen itself the default page, it would have no address of its own and
    /meedoen?werkplek=… (the QR code's, a handed-back link's) would say "Page not found"."""
    st.switch_page(JOIN, query_params=st.query_params.to_dict())


WORKSHOP = [
    *([st.Page(_to_join, title=t("nav.meedoen", lang), url_path="start", default=True,
               visibility="hidden")] if workshop_only() else []),
    JOIN,
    page("views/workshop/overzicht.py", "workshop-overzicht", "co_present",
         visibility=FACILITATOR),
    page("views/workshop/aanmaken.py", "workshop-aanmaken", "add_box", visibility=FACILITATOR),
    page("views/workshop/beamer.py", "workshop-beamer", "present_to_all", visibility="hidden"),
]
SECTIONS = {t("nav.section.workshop", lang): WORKSHOP} if workshop_only() else {
    t("nav.section.project", lang): [
        page("views/project/impactkaart.py", "impactkaart", "explore", default=True),
        page("views/project/nieuw_project.py", "nieuw_project", "add_circle"),
        page("views/project/effecten.py", "effecten", "edit"),
        page("views/project/ex_post.py", "ex_post", "compare_arrows"),
        page("views/project/scenarios.py", "scenarios", "call_split"),
        page("views/project/versies.py", "versies", "history"),
    ],
    t("nav.section.cases", lang): [
        page("views/cases/casussen.py", "casussen", "person_search"),
        page("views/cases/werksessie.py", "werksessie", "groups"),
    ],
    t("nav.section.monitoring", lang): [
        page("views/monitoring/programmas.py", "kpi-programmas", "checklist"),
        page("views/monitoring/metingen.py", "kpi-metingen", "table_edit"),
        page("views/monitoring/monitor.py", "monitor", "monitoring"),
    ],
    t("nav.section.show", lang): [
        page("views/show/presentatie.py", "presentatie", "slideshow"),
        page("views/show/portfolio.py", "portfolio", "dashboard"),
    ],
    t("nav.section.data", lang): [
        page("views/data/importeren.py", "importeren", "upload_file"),
        page("views/data/backup.py", "backup", "backup"),
        page("views/data/methode.py", "methode", "menu_book"),
    ],
    t("nav.section.workshop", lang): WORKSHOP,
    # Issue 21: listed for an organisation's beheerder only (views/components/auth.py).
    t("nav.section.beheer", lang): [
        page("views/beheer/leden.py", "beheer-leden", "group"),
        page("views/beheer/logboek.py", "beheer-logboek", "receipt_long"),
        page("views/beheer/benchmark.py", "beheer-benchmark", "leaderboard"),
    ],
}
if share_link.requested():  # a read-only share link: its one page and nothing else (issue 18)
    auth.gate(session.base_store, lang, public=True)  # no account needed: the token is the key
    share_link.run(HERE / "shared/gedeeld.py", lang)
elif workshop_only():
    # The room's screens: all width to the map, the menu in the top bar.
    current = st.navigation(SECTIONS, position="top")
    # With IMPACTKAART_AUTH=oidc: logged in, in an organisation, else only the login screen.
    auth.gate(session.base_store, lang, public=current.url_path in auth.PUBLIC_PAGES)
    language.show()
else:
    current = st.navigation(SECTIONS, position="hidden")
    auth.gate(session.base_store, lang, public=current.url_path in auth.PUBLIC_PAGES)
    # The workshop pages neither show nor carry the open project (workshop links stay clean).
    session.begin_run(with_picker=current.url_path not in {p.url_path for p in WORKSHOP})
    language.show()
    versions_view.install()  # every save of this session is a version under the name asked here
    with st.sidebar.container(key="navigatie"):
        for section, pages in SECTIONS.items():
            listed = [item for item in pages
                      if item.visibility == "visible" and auth.shows(item.url_path)]
            if listed:
                st.caption(section)
            for item in listed:
                st.page_link(item)
    versions_view.author_box(lang)  # below the menu: the name versions and comments are signed with
if not share_link.requested():
    if auth.blocked(current.url_path):  # a lezer at an editing page's address
        auth.read_only_notice(lang)
    else:
        current.run()
