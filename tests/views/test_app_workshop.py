"""AppTest of the workshop pages: joining with good and bad codes, designing through the widgets,
the facilitator code in front of the overview, creating and deleting a workshop."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from streamlit.testing.v1 import AppTest

from impactkaart.core.engine import compute
from impactkaart.store.projects import Store
from impactkaart.text import formats
from impactkaart.workshop.rooms import (
    add_item,
    create_workshop,
    join_workshop,
    load_design,
    open_workspace,
    set_field,
    verify_secret,
)
from tests.app_support import ROOT, open_page, reopened, texts
from tests.oracle import price_index
from views.components.workshop_editor import step_labels

JOIN = "views/workshop/deelnemen.py"
OVERVIEW = "views/workshop/overzicht.py"
CREATE = "views/workshop/aanmaken.py"


@pytest.fixture
def made(app_db):
    with Store(app_db) as store:
        return create_workshop(store, "Zaal Oost", dt.date.today())


def widget(at, kind: str, suffix: str, n: int = 0):
    """The n-th widget of a kind whose key ends with ``suffix`` (keys carry random item ids)."""
    return [w for w in getattr(at, kind) if w.key and w.key.endswith(suffix)][n]


def step(at, app_db, label: str):
    """Open one step's tab: only the open step's widgets exist (the others are not run)."""
    with Store(app_db) as store:
        workspace_id = open_workspace(store, at.query_params["werkplek"]).id
    at.session_state[f"wp_{workspace_id}_stap"] = label
    return at.run()


def error(at) -> str:
    """The first error as the user reads it (messages go through safe_text.md)."""
    return at.error[0].value.replace("\\", "")


def everything(at) -> str:
    return " ".join(texts(at.markdown) + texts(at.caption) + texts(at.title)
                    + [str(w.value) for w in at.text_input])


def join(at, code: str, name: str):
    at.text_input(key="meedoen_code").input(code)
    at.text_input(key="meedoen_naam").input(name)
    return at.button[0].click().run()


def test_a_wrong_code_is_refused_and_a_right_one_opens_a_private_workspace(app_db, made):
    at = open_page(JOIN)
    join(at, "AB0DEF", "Anna")
    assert "geen 0, O, 1 of I" in error(at) and "werkplek" not in at.query_params
    join(at, "ZZZZZZ", "Anna")
    assert "geen workshop met de code ZZZZZZ" in error(at)
    join(at, made.workshop.join_code.lower(), "Anna")
    assert not at.exception and not at.error
    token = at.query_params["werkplek"]
    with Store(app_db) as store:  # the link's token is the workspace's, stored only hashed
        assert open_workspace(store, token).attendee == "Anna"
    assert at.text_input(key="wp_project_name").value == "Anna"


def test_designing_through_the_widgets_saves_every_field_and_shows_the_engines_factor(app_db, made):
    at = open_page(JOIN)
    join(at, made.workshop.join_code, "Buurtkracht")
    widget(at, "text_input", "_amount").input("10.000").run()
    assert not [w for w in at.text_input if w.key.endswith("_nieuw_naam")]  # step 2: closed
    step(at, app_db, "2 Wie merkt het?")
    widget(at, "text_input", "_nieuw_naam").input("zorgverzekeraar").run()
    step(at, app_db, "3 Wat verandert er?")
    widget(at, "text_input", "_nieuw_effect").input("Minder huisartsbezoek").run()
    step(at, app_db, "4 Hoe zie je het?")
    widget(at, "text_input", "_indicator").input("huisartsbezoeken per jaar").run()
    widget(at, "text_input", "_quantity").input("40").run()
    step(at, app_db, "5 Wat is het waard?")
    widget(at, "selectbox", "_proxy_key").set_value("huisartsconsult").run()
    step(at, app_db, "6 Wat is van ons?")
    assert "Telt nog niet mee" in " ".join(texts(at.caption))
    widget(at, "text_input", "_deadweight").input("20").run()
    widget(at, "text_input", "_attribution").input("10").run()
    assert not at.exception and not at.warning
    with reopened(app_db) as store:
        workspace = open_workspace(store, at.query_params["werkplek"])
        outcome = load_design(store, workspace.id).of_kind("outcome")[0]
        project = store.load_project(workspace.project_id)
    assert outcome.fields["indicator"] == "huisartsbezoeken per jaar"
    assert (outcome.fields["deadweight"], outcome.fields["attribution"]) == (0.2, 0.1)
    # 40 consults × € 30,87 (price level 2022, × CPI 2022 → 2024 from tests/oracle.py)
    # × 0,8 × 0,9 in one year, against € 10.000.
    factor = compute(project).rendementsfactor
    assert factor == pytest.approx(40 * 30.87 * price_index(2024, 2022) * 0.8 * 0.9 / 10000)
    assert at.metric[0].value == formats.factor(factor, decimals=2)  # 0,0954…: "0,10×"
    counted = formats.euro(40 * 30.87 * price_index(2024, 2022) * 0.8 * 0.9)  # € 954 in 2024 euros
    assert f"Telt mee: {counted}" in " ".join(texts(at.caption))


def test_a_change_made_elsewhere_in_the_same_workspace_reaches_the_widgets(app_db, made):
    at = open_page(JOIN)
    join(at, made.workshop.join_code, "Team Noord")
    with Store(app_db) as store:  # a teammate's laptop: same workspace, other session
        workspace = open_workspace(store, at.query_params["werkplek"])
        set_field(store, workspace.id, "project", "name", "Team Noord en Zuid")
    widget(at, "text_input", "_amount").input("500").run()
    assert at.text_input(key="wp_project_name").value == "Team Noord en Zuid"


def test_a_bad_link_shows_nothing_of_anyone_else(app_db, made):
    with Store(app_db) as store:
        other, token = join_workshop(store, made.workshop.join_code, "Geheim Project Bram")
        add_item(store, other.id, "stakeholder", values={"name": "Vertrouwelijke partij"})
    at = open_page(JOIN)
    at.query_params["werkplek"] = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    at.run()
    assert "bestaat niet (meer)" in error(at)
    shown = everything(at)
    assert "Bram" not in shown and "Vertrouwelijke" not in shown
    assert at.text_input(key="meedoen_code").value == ""  # the join form, nothing else


def test_the_overview_needs_the_facilitator_code(app_db, made):
    with Store(app_db) as store:
        for name in ("Anna", "Bram"):
            workspace, _ = join_workshop(store, made.workshop.join_code, name)
            cost = load_design(store, workspace.id).of_kind("cost")[0].item_id
            set_field(store, workspace.id, cost, "amount", 1000.0)
    at = open_page(OVERVIEW)
    assert "Anna" not in everything(at) and not at.table
    at.text_input(key="begeleider_deelnamecode").input(made.workshop.join_code)
    at.text_input(key="begeleider_code").input("ABCD-EFGH-JKLM")
    at.button[0].click().run()
    assert "hoort niet bij deze workshop" in error(at) and not at.table
    at.text_input(key="begeleider_code").input(made.facilitator_code)
    at.button[0].click().run()
    assert not at.exception and not at.error
    table = at.table[0].value
    assert list(table["Deelnemer"]) == ["Anna", "Bram"]
    assert list(table["Rendementsfactor"]) == ["0,00×", "0,00×"]  # costs, no effects yet
    assert at.metric[0].value == "2"


def test_creating_shows_the_codes_once_and_deleting_asks_for_the_join_code(app_db):
    at = open_page(CREATE)
    at.button[0].click().run()
    assert "Geef de workshop een naam" in error(at)
    at.text_input(key="workshop_naam").input("Zaal West")
    at.button[0].click().run()
    facilitator_code = at.code[0].value
    join_code = [t for t in texts(at.markdown) if t.startswith("# ")][0].strip("# `")
    with Store(app_db) as store:
        stored = store.cursor().execute(
            "SELECT facilitator_hash FROM workshops WHERE join_code = ?", [join_code]).fetchone()[0]
        assert verify_secret(facilitator_code.replace("-", ""), stored)
        workspace, _ = join_workshop(store, join_code, "Anna")
    at.button(key="workshop_code_bewaard").click().run()  # on to the overview, logged in
    at.switch_page(OVERVIEW).run()
    assert at.table and not at.code  # the code is not shown again
    assert at.button(key="workshop_verwijderen").disabled
    at.text_input(key="verwijderen_bevestiging").input(join_code.lower()).run()
    at.button(key="workshop_verwijderen").click().run()
    assert "1 werkplekken en 1 projecten" in at.success[0].value
    with reopened(app_db) as store:
        assert store.extra_tables()["workspaces"].empty
        assert workspace.project_id not in set(store.list_projects()["id"])


def test_an_expired_workshop_says_so(app_db, made):
    with Store(app_db) as store:
        store.write(lambda cur: cur.execute(
            "UPDATE workshops SET expires_at = ? WHERE id = ?",
            [dt.datetime.now() - dt.timedelta(hours=1), made.workshop.id]))
    at = open_page(JOIN)
    join(at, made.workshop.join_code, "Te laat")
    assert "is verlopen" in error(at) and "werkplek" not in at.query_params


def test_hostile_names_are_shown_literally(app_db):
    from tests.views.test_safe_text import hostile, leaks

    with Store(app_db) as store:
        made = create_workshop(store, hostile("NAAM")[:100], dt.date.today())
        workspace, token = join_workshop(store, made.workshop.join_code, hostile("VELD")[:100])
        who = add_item(store, workspace.id, "stakeholder",
                       values={"name": hostile("PARTIJ")[:100]})
        add_item(store, workspace.id, "outcome", who, {"outcome": hostile("EFFECT"),
                                                     "indicator": hostile("BRON")})
    at = open_page(JOIN)
    at.query_params["werkplek"] = token
    at.run()
    assert not at.exception and not leaks(at)
    for label in step_labels()[1:]:  # only the open step is run: look at each of them
        step(at, app_db, label)
        assert not at.exception and not leaks(at), label
    at = open_page(OVERVIEW)
    at.text_input(key="begeleider_deelnamecode").input(made.workshop.join_code)
    at.text_input(key="begeleider_code").input(made.facilitator_code)
    at.button[0].click().run()
    assert not at.exception and at.table and not leaks(at)
    assert "[klik](https://example.com/VELD)" not in " ".join(at.table[0].value["Deelnemer"])
    pills = [o for group in at.button_group for o in group.proto.options]
    assert pills and all("[klik](https" not in o.content for o in pills)


def in_english(page: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["lang"] = "en"
    at.run()
    return at.switch_page(page).run()


def library_words(lang: str) -> list[str]:
    """The library's own names and units as text.names gives them in ``lang``: words from
    impactkaart/data/proxies.csv, Dutch until that table has its English columns."""
    from impactkaart.core.reference import default_reference
    from impactkaart.text.names import data_text, proxy_label

    proxies = default_reference().proxies
    words = {proxy_label(k, lang) for k in proxies["key"]}
    words |= {data_text(row, "unit", lang).removeprefix("EUR ") for _, row in proxies.iterrows()}
    return sorted(words, key=len, reverse=True)


def dutch_on(at) -> dict[str, list[str]]:
    """Every string on the page with Dutch words in it (tests/views/test_english.py's check),
    the citations and the library's names from data/ aside."""
    from tests.views.test_english import citations, dutch_words, page_strings

    cited = citations() + library_words("en")
    shown = (s.replace("\\", "") for s in page_strings(at))  # as read: Markdown escapes gone
    return {s: words for s in shown if (words := dutch_words(s, cited))}


def test_an_attendees_workspace_and_the_facilitators_overview_read_in_english(app_db, made):
    with Store(app_db) as store:
        workspace, token = join_workshop(store, made.workshop.join_code, "Anna")
        cost = load_design(store, workspace.id).of_kind("cost")[0].item_id
        set_field(store, workspace.id, cost, "amount", 5000.0)
        who = add_item(store, workspace.id, "stakeholder", values={"name": "zorgverzekeraar"})
        done = add_item(store, workspace.id, "outcome", who, {"outcome": "Fewer GP visits"})
        for name, value in (("indicator", "GP visits a year"), ("quantity", 40.0),
                            ("proxy_key", "huisartsconsult"), ("deadweight", 0.2),
                            ("attribution", 0.1)):
            set_field(store, workspace.id, done, name, value)
        add_item(store, workspace.id, "outcome", who, {"outcome": "Less worry"})  # incomplete
    at = in_english(JOIN)
    at.query_params["werkplek"] = token
    at.run()
    assert not at.exception and at.title[0].value == "Design your own Impactkaart"
    assert at.metric[0].label == "Return factor"
    assert not dutch_on(at)
    for label in step_labels("en")[1:]:  # only the open step is run: look at each of them
        step(at, app_db, label)
        assert not at.exception, label
        assert not dutch_on(at), label
    assert "Does not count yet. Still needed: how many people or cases per year" in \
        " ".join(texts(at.caption))

    at = in_english(OVERVIEW)
    assert not dutch_on(at)  # the login form
    at.text_input(key="begeleider_deelnamecode").input(made.workshop.join_code)
    at.text_input(key="begeleider_code").input(made.facilitator_code)
    at.button[0].click().run()
    assert not at.exception and at.table
    assert list(at.table[0].value.columns)[:3] == ["Attendee", "Return factor", "Benefits (PV)"]
    assert at.metric[0].label == "Attendees"
    assert not dutch_on(at)
    wrong = in_english(CREATE)
    wrong.button[0].click().run()
    assert error(wrong) == "Give the workshop a name."


def test_switching_to_english_keeps_the_step_and_names_parties_in_english(app_db, made):
    at = open_page(JOIN)
    join(at, made.workshop.join_code, "Anna")
    step(at, app_db, "2 Wie merkt het?")
    widget(at, "text_input", "_nieuw_naam").input("gemeente").run()
    assert widget(at, "text_input", "_name").value == "gemeente"
    at.session_state["lang"] = "en"
    at.run()
    assert not at.exception
    assert widget(at, "text_input", "_name").label == "Stakeholder 1"  # still step 2
    assert widget(at, "text_input", "_name").value == "Municipality"
    widget(at, "text_input", "_nieuw_naam").input("Health insurer").run()  # a known party
    with Store(app_db) as store:
        workspace = open_workspace(store, at.query_params["werkplek"])
        names = [s.fields["name"] for s in load_design(store, workspace.id).of_kind("stakeholder")]
    assert names == ["gemeente", "zorgverzekeraar"]  # stored by their keys, whatever the language


def test_the_replay_guard_can_still_see_which_fragments_a_run_is_for():
    """The editor ignores a change that a timed request of the room's banner replays
    (`views.components.workshop_editor._not_asked`) by reading which fragments the run is
    for from Streamlit's `ScriptRunContext.fragment_ids_this_run`: no public API says it,
    and AppTest always runs the whole page, so only tests/browser/test_workshop_room.py
    sees the guard at work. Were an upgrade of Streamlit to rename the field, the guard
    would let every replay through without a word: this fails first."""
    from streamlit.runtime.scriptrunner_utils.script_run_context import ScriptRunContext

    assert "fragment_ids_this_run" in {f.name for f in dataclasses.fields(ScriptRunContext)}
