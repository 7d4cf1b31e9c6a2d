"""AppTest: the effects editor reads numbers the Dutch way, shares in % (issue 16 items 1,
2 and 11)."""

from __future__ import annotations

from tests.app_support import open_page, pk, reopened, texts
from tests.views.test_app_effecten import edit

PAGE = "views/project/effecten.py"


def saved(at, app_db):
    project_id = at.session_state["project_id"]
    at.button(key="effecten_opslaan").click().run()
    assert "Opgeslagen." in texts(at.success)
    with reopened(app_db) as store:
        return store.load_project(project_id)


def test_dutch_numbers_and_a_share_typed_in_percent_are_stored_as_meant(app_db):
    at = open_page(PAGE)
    edit(at, 0, edited_rows={0: {"quantity": "45.000", "deadweight": "40"},
                             1: {"proxy": "45.000,50", "attribution": "12,5"},
                             2: {"quantity": "1,5"}})
    edit(at, 1, edited_rows={0: {"amount": "€ 1.234"}})
    assert not at.error
    project = saved(at, app_db)
    assert (project.effects[0].quantity, project.effects[0].deadweight) == (45_000.0, 0.40)
    assert (project.effects[1].proxy, project.effects[1].attribution) == (45_000.5, 0.125)
    assert project.effects[2].quantity == 1.5
    assert project.costs[0].amount == 1_234.0


def test_two_readings_are_named_and_nothing_is_saved(app_db):
    at = open_page(PAGE)
    project_id = at.session_state["project_id"]
    with reopened(app_db) as store:
        before = store.load_project(project_id)
    edit(at, 1, edited_rows={0: {"amount": "45.00"}})
    assert texts(at.error) == [
        "Rij 1, bedrag (€): ‘45.00’ kan op twee manieren gelezen worden: typ 45 of 4.500."]
    at.button(key="effecten_opslaan").click().run()
    with reopened(app_db) as store:
        assert store.load_project(project_id) == before


def test_shares_are_shown_in_percent_and_no_cell_reads_none(app_db):
    at = open_page(PAGE)
    with reopened(app_db) as store:
        project = store.load_project(at.session_state["project_id"])
    effects = at.data_editor[0].value
    shown = [f"{e.deadweight * 100:g}".replace(".", ",") for e in project.effects]
    assert list(effects["deadweight"]) == shown
    for i in range(3):
        frame = at.data_editor[i].value
        assert not frame.isna().any().any()
        assert "None" not in frame.astype(str).to_numpy()


def test_a_new_empty_row_is_one_message(app_db):
    at = open_page(PAGE)
    rows = len(at.data_editor[0].value)
    edit(at, 0, added_rows=[{"start_year": "1", "duration": "1", "displacement": "0",
                             "drop_off": "0"}])
    assert texts(at.error) == [f"Rij {rows + 1}: nieuwe rij, nog leeg: vul hem in of verwijder "
                               "hem (vink de rij aan, dan het prullenbakje)"]


def test_the_proxy_confirmation_stands_beside_its_button_and_notes_hide_keys(app_db):
    at = open_page(PAGE)
    at.selectbox(key=pk(at, "proxy_rij")).set_value(1).run()
    at.selectbox(key=pk(at, "proxy_keuze")).set_value("huisartsconsult").run()
    assert not any("kengetal:" in c.value for c in at.caption)
    at.button(key="proxy_invullen").click().run()
    order = list(walk(at.main))
    button = next(i for i, e in enumerate(order) if getattr(e, "key", None) == "proxy_invullen")
    save = next(i for i, e in enumerate(order) if getattr(e, "key", None) == "effecten_opslaan")
    [success] = [i for i, e in enumerate(order) if e in list(at.success)
                 and "ingevuld in rij 2" in e.value]
    assert button < success < save  # not at the top of the page, out of view


def walk(node):
    """The page's elements in the order they are drawn."""
    yield node
    for child in getattr(node, "children", {}).values():
        yield from walk(child)
