"""Login and the Beheer pages with AppTest (issue 21): wrong settings stop the app with
their message, the login screen, the "no organisation" page, the organisation chooser, a
lezer without editing pages, the beheerder's members, audit trail and benchmark switch,
login and logout in the audit trail, and the new words in English.

AppTest presents a logged-in user as Streamlit documents it: ``at.user`` is what the
run reads as ``st.user``."""

from __future__ import annotations

import dataclasses

import pytest
from streamlit.testing.v1 import AppTest

from impactkaart.accounts import audit, members
from impactkaart.accounts.scope import Scope
from impactkaart.authoring.demo import demo_projects
from impactkaart.store.projects import Store
from impactkaart.text.safe import md
from tests.app_support import AUTH, fresh_db, logged_in_app, reopened
from tests.views.test_english import citations, dutch_words, page_strings
from views.components.auth import EDIT_PAGES

BEHEERDER = {"is_logged_in": True, "email": "Anna@Noord.nl", "name": "Anna Noord"}
LEZER = {"is_logged_in": True, "email": "lex@noord.nl", "name": "Lex Lezer"}
BEIDE = {"is_logged_in": True, "email": "bo@beide.nl", "name": "Bo Beide"}
NIEMAND = {"is_logged_in": True, "email": "nina@elders.nl", "name": "Nina"}
EDIT_FILES = {
    "nieuw_project": "views/project/nieuw_project.py", "effecten": "views/project/effecten.py",
    "ex_post": "views/project/ex_post.py", "scenarios": "views/project/scenarios.py",
    "casussen": "views/cases/casussen.py", "werksessie": "views/cases/werksessie.py",
    "kpi-programmas": "views/monitoring/programmas.py",
    "kpi-metingen": "views/monitoring/metingen.py", "importeren": "views/data/importeren.py",
    "backup": "views/data/backup.py", "workshop-aanmaken": "views/workshop/aanmaken.py",
    "workshop-overzicht": "views/workshop/overzicht.py",
}


@pytest.fixture
def orgs(tmp_path, monkeypatch):
    for path in fresh_db(tmp_path, monkeypatch):
        monkeypatch.setenv("IMPACTKAART_AUTH", "oidc")
        with Store(path) as store:
            noord = members.create_organisation(store, "Welzijn Noord")
            zuid = members.create_organisation(store, "Welzijn Zuid")
            members.add_member(store, noord, BEHEERDER["email"], "beheerder", name="Anna Noord")
            members.add_member(store, noord, LEZER["email"], "lezer")
            members.add_member(store, noord, BEIDE["email"], "bewerker")
            members.add_member(store, zuid, BEIDE["email"], "lezer")
            first, second = demo_projects()[:2]
            store.scoped(Scope(noord, "anna@noord.nl", "beheerder")).save_project(
                dataclasses.replace(first, name="Project Noord"))
            store.scoped(Scope(zuid, "bo@beide.nl", "beheerder")).save_project(
                dataclasses.replace(second, name="Project Zuid"))
        yield path, noord, zuid


def app(user: dict | None, auth: dict | None = AUTH, lang: str = "nl") -> AppTest:
    at = logged_in_app(user, auth)
    at.session_state["lang"] = lang
    return at.run()


def sidebar_text(at) -> str:
    return " ".join([m.value for m in at.sidebar.markdown] + [c.value for c in at.sidebar.caption])


def test_login_off_is_the_laptop_as_before(tmp_path, monkeypatch):
    for _ in fresh_db(tmp_path, monkeypatch):
        monkeypatch.delenv("IMPACTKAART_AUTH", raising=False)
        at = app(None, auth=None)
        assert not at.exception, at.exception
        assert "Ingelogd" not in sidebar_text(at) and "Beheer" not in sidebar_text(at)
        assert [s.key for s in at.sidebar.selectbox][:1] == ["project_picker"]
        at.switch_page("views/beheer/leden.py").run()
        assert "alleen voor de beheerder" in at.info[0].value


@pytest.mark.parametrize(("value", "auth", "says"), [
    ("oidc", None, "heeft geen tabel `[auth]`"),
    ("oidc", {k: v for k, v in AUTH.items() if k != "client_secret"}, "mist `client_secret`"),
    ("ja", AUTH, "`IMPACTKAART_AUTH` heeft de waarde 'ja'"),
])
def test_wrong_settings_stop_the_app_with_their_message(orgs, monkeypatch, value, auth, says):
    monkeypatch.setenv("IMPACTKAART_AUTH", value)
    at = app(BEHEERDER, auth=auth)
    assert not at.exception, at.exception
    assert at.title[0].value == "Inloggen is niet goed ingesteld"
    assert says in at.error[0].value
    assert "Project Noord" not in " ".join(page_strings(at))
    assert not at.sidebar.selectbox


def test_a_visitor_sees_only_the_login_screen(orgs):
    at = app({"is_logged_in": False})
    assert at.title[0].value == "Inloggen bij Impactkaart"
    assert at.button[0].label == "Inloggen"
    strings = " ".join(page_strings(at))
    assert "Project Noord" not in strings and "Project Zuid" not in strings
    assert not at.sidebar.selectbox
    at.switch_page("views/show/portfolio.py").run()  # no page by its address either
    assert at.title[0].value == "Inloggen bij Impactkaart"


def test_a_user_without_an_organisation_sees_only_the_clear_page(orgs):
    at = app(NIEMAND)
    assert not at.exception, at.exception
    assert [t.value for t in at.title] == ["Nog geen organisatie"]
    assert md("nina@elders.nl") in at.info[0].value  # shown literally, not as a link
    strings = " ".join(page_strings(at))
    for hidden in ("Project Noord", "Project Zuid", "Welzijn", "De Impactkaart"):
        assert hidden not in strings
    assert [b.label for b in at.button] == ["Uitloggen"]


def test_name_organisation_and_role_on_every_page_and_login_once_in_the_trail(orgs):
    path, noord, _ = orgs
    at = app(BEHEERDER)
    for page in ("views/project/impactkaart.py", "views/show/portfolio.py",
                 "views/data/methode.py", "views/beheer/logboek.py"):
        at.switch_page(page).run()
        assert not at.exception, at.exception
        text = sidebar_text(at)
        assert "Ingelogd als **Anna Noord**" in text
        assert "Organisatie: Welzijn Noord" in text and "Rol: beheerder" in text
    trail = audit.trail(reopened(path), noord)
    assert list(trail["action"]).count("login") == 1  # one session, one login
    assert set(trail.loc[trail["action"] == "login", "subject"]) == {"anna@noord.nl"}
    at.button(key="auth_logout").click().run()
    assert at.title[0].value == "Inloggen bij Impactkaart"
    trail = audit.trail(reopened(path), noord)
    assert trail.iloc[0]["action"] == "logout" and trail.iloc[0]["subject"] == "anna@noord.nl"


def test_a_user_of_two_organisations_chooses_one(orgs):
    _, noord, zuid = orgs
    at = app(BEIDE)
    chooser = at.sidebar.selectbox(key="auth_organisation_choice")
    assert chooser.options == ["Welzijn Noord", "Welzijn Zuid"] and chooser.value == noord
    assert "Project Noord" in at.title[0].value and "Rol: bewerker" in sidebar_text(at)
    at.sidebar.selectbox(key="auth_organisation_choice").set_value(zuid).run()
    assert not at.exception, at.exception
    assert "Project Zuid" in at.title[0].value and "Rol: lezer" in sidebar_text(at)
    assert at.sidebar.selectbox(key="project_picker").options == ["Project Zuid"]


def test_a_lezer_has_no_editing_pages(orgs):
    assert set(EDIT_FILES) == EDIT_PAGES
    at = app(LEZER)
    links = [link.proto.label for link in at.sidebar.get("page_link")]
    assert "De Impactkaart" in links and "Portfolio" in links
    for hidden in ("Effecten bewerken", "Nieuw project", "Importeren (CSV/Excel)",
                   "Back-up en herstel", "Leden en rollen"):
        assert hidden not in links
    for page in EDIT_FILES.values():
        at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
        assert [i.value for i in at.info][-1].startswith("U bent **lezer**"), page
        assert not at.main.button and not at.main.get("data_editor"), page
    at.switch_page("views/beheer/leden.py").run()
    assert "alleen voor de beheerder" in at.info[-1].value
    # Reading pages with a writing corner: no forms for the lezer there either.
    at.switch_page("views/project/versies.py").run()
    assert not at.exception, at.exception
    assert not at.get("form") and not at.main.button
    at.switch_page("views/monitoring/monitor.py").run()
    assert not at.exception, at.exception
    assert not at.get("form")


def test_the_beheerder_invites_changes_a_role_and_removes(orgs):
    path, noord, _ = orgs
    at = app(BEHEERDER)
    links = [link.proto.label for link in at.sidebar.get("page_link")]
    assert {"Leden en rollen", "Logboek", "Benchmark delen"} <= set(links)
    at.switch_page("views/beheer/leden.py").run()
    assert list(at.dataframe[0].value["E-mailadres"]) == ["anna@noord.nl", "bo@beide.nl",
                                                          "lex@noord.nl"]
    at.text_input(key="beheer_email").set_value("geen adres")
    at.button[0].click().run()  # the form's submit
    assert md("geen adres") in at.error[0].value
    at.text_input(key="beheer_email").set_value("  Nieuw@Noord.NL ")
    at.text_input(key="beheer_naam").set_value("Nieuwe Collega")
    at.selectbox(key="beheer_rol").set_value("lezer")
    at.button[0].click().run()
    assert not at.exception, at.exception
    assert f"{md('nieuw@noord.nl')} is toegevoegd als lezer" in at.success[0].value
    assert members.memberships(reopened(path), "nieuw@noord.nl")[0].role == "lezer"
    at.selectbox(key="beheer_wie").set_value("nieuw@noord.nl")
    at.selectbox(key="beheer_nieuwe_rol").set_value("bewerker")
    at.button(key="beheer_rol_wijzigen").click().run()
    assert f"{md('nieuw@noord.nl')} is nu bewerker." in at.success[0].value
    # The last beheerder stays: the message says so, nothing changes.
    at.selectbox(key="beheer_wie").set_value("anna@noord.nl")
    at.selectbox(key="beheer_nieuwe_rol").set_value("lezer")
    at.button(key="beheer_rol_wijzigen").click().run()
    assert at.error, "demoting the last beheerder must be refused"
    assert members.memberships(reopened(path), "anna@noord.nl")[0].role == "beheerder"
    at.selectbox(key="beheer_wie").set_value("nieuw@noord.nl")
    assert at.button(key="beheer_verwijderen").disabled  # not before the confirmation
    at.checkbox(key="beheer_zeker").check().run()
    at.button(key="beheer_verwijderen").click().run()
    assert f"{md('nieuw@noord.nl')} is verwijderd." in at.success[0].value
    assert members.memberships(reopened(path), "nieuw@noord.nl") == []
    at.switch_page("views/beheer/logboek.py").run()
    shown = at.dataframe[0].value
    assert list(shown["Wat"])[:3] == ["verwijderd uit organisatie", "rol gewijzigd", "uitgenodigd"]
    assert set(shown["E-mailadres"][:3]) == {"anna@noord.nl"}
    assert "ingelogd" in list(shown["Wat"])


def test_the_benchmark_switch(orgs):
    path, noord, zuid = orgs
    at = app(BEHEERDER)
    at.switch_page("views/beheer/benchmark.py").run()
    assert at.toggle(key="beheer_benchmark").value is False
    at.toggle(key="beheer_benchmark").set_value(True).run()
    assert "Welzijn Noord doet mee aan de benchmark." in at.main.caption[-1].value
    store = reopened(path)
    assert members.benchmark_opt_in(store, noord) and not members.benchmark_opt_in(store, zuid)
    assert "opt_in" in list(audit.trail(store, noord)["action"])


@pytest.mark.parametrize("page", ["views/beheer/leden.py", "views/beheer/logboek.py",
                                  "views/beheer/benchmark.py"])
def test_the_beheer_pages_in_english(orgs, page):
    at = app(BEHEERDER, lang="en")
    at.switch_page(page).run()
    assert not at.exception, at.exception
    cited = citations() + ["Welzijn Noord", "Anna Noord"]
    found = {s: w for s in page_strings(at) if (w := dutch_words(s, cited))}
    assert not found, found


def test_the_login_screens_in_english(orgs):
    for user in ({"is_logged_in": False}, NIEMAND):
        at = app(user, lang="en")
        found = {s: w for s in page_strings(at) if (w := dutch_words(s, citations()))}
        assert not found, found


def test_share_link_and_workshop_attendee_need_no_account(orgs):
    """Issue 21 point 4: a visitor without an account opens a share link (its one project,
    through a store narrowed to it) and an attendee's workspace link, with login on."""
    import datetime as dt

    from impactkaart.versions import links
    from impactkaart.workshop import rooms

    path, noord, _ = orgs
    with Store(path) as store:
        as_noord = store.scoped(Scope(noord, "anna@noord.nl", "beheerder"))
        project_id = int(as_noord.list_projects()["id"].iloc[0])
        _, token = links.create_link(as_noord, project_id, dt.date.today() + dt.timedelta(days=3))
        made = rooms.create_workshop(as_noord, "Avond in Noord", dt.date.today())
        _, seat = rooms.join_workshop(store, made.workshop.join_code, "Sam")
    at = logged_in_app({"is_logged_in": False})  # nobody logged in
    at.query_params["deel"] = token
    at.run()
    assert not at.exception, at.exception
    assert [t.value for t in at.title] == [md("Project Noord")]
    assert "Project Zuid" not in " ".join(page_strings(at))
    at = logged_in_app({"is_logged_in": False})  # nobody logged in
    at.query_params["werkplek"] = seat
    at.run()
    at.switch_page("views/workshop/deelnemen.py")
    at.query_params["werkplek"] = seat
    at.run()
    assert not at.exception, at.exception
    strings = " ".join(page_strings(at))
    assert "Inloggen bij Impactkaart" not in strings
    assert "Avond in Noord" in strings and "Project Zuid" not in strings
