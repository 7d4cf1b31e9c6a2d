"""AppTest: Effecten bewerken (validated editor, proxy library, names in place of keys) and
JSON import/export."""

from __future__ import annotations

import json
import re

import pytest

from impactkaart.io.project_file import project_json
from impactkaart.text.proxies import proxy_fields
from tests.app_support import open_page, pk, reopened, texts

PAGE = "views/project/effecten.py"


def edit(at, table: int, edited_rows=None, added_rows=None, deleted_rows=None):
    """Set a data editor's pending edits the way the browser would, then rerun."""
    at.session_state[at.data_editor[table].key] = {
        "edited_rows": edited_rows or {},
        "added_rows": added_rows or [],
        "deleted_rows": deleted_rows or [],
    }
    return at.run()


def saved_json(path, project_id) -> str:
    with reopened(path) as store:
        return project_json(store.load_project(project_id))


def test_an_invalid_cell_is_named_and_never_saved(app_db):
    at = open_page(PAGE)
    project_id = at.session_state["project_id"]
    before = saved_json(app_db, project_id)
    edit(at, 0, edited_rows={2: {"deadweight": "150"}})  # typed in %
    assert "Rij 3, nul-effect (deadweight): ‘150’ ligt buiten 0\u00a0% tot en met 100\u00a0%." \
        in texts(at.error)
    at.button(key="effecten_opslaan").click().run()
    assert any(e.startswith("Niet opgeslagen") for e in texts(at.error))
    assert saved_json(app_db, project_id) == before


def test_a_valid_edit_persists_after_reopening_the_store(app_db):
    at = open_page(PAGE)
    project_id = at.session_state["project_id"]
    edit(at, 0, edited_rows={0: {"quantity": "1.234", "deadweight": "35"}})
    assert not at.error
    at.button(key="effecten_opslaan").click().run()
    assert "Opgeslagen." in texts(at.success)
    with reopened(app_db) as store:
        effect = store.load_project(project_id).effects[0]
    assert (effect.quantity, effect.deadweight) == (1234.0, 0.35)


def test_costs_and_qualitative_effects_can_be_added_and_removed(app_db):
    at = open_page(PAGE)
    project_id = at.session_state["project_id"]
    with reopened(app_db) as store:
        before = store.load_project(project_id)
    edit(at, 1, edited_rows={0: {"amount": "99.000"}})
    edit(at, 2, deleted_rows=[0], added_rows=[
        {"outcome": "minder eenzaamheid", "stakeholder": "deelnemer", "direction": "+",
         "strength": 3},
    ])
    assert not at.error
    at.button(key="effecten_opslaan").click().run()
    with reopened(app_db) as store:
        after = store.load_project(project_id)
    assert after.costs[0].amount == 99_000.0
    assert after.qualitative[:-1] == before.qualitative[1:]
    added = after.qualitative[-1]
    assert (added.outcome, added.stakeholder, added.direction, added.strength) == (
        "minder eenzaamheid", "deelnemer", "+", 3,
    )


def test_a_bad_qualitative_row_names_row_and_field(app_db):
    at = open_page(PAGE)
    edit(at, 2, added_rows=[{"outcome": "rust", "stakeholder": "deelnemer", "direction": "+",
                             "strength": 5}])
    n = len(at.data_editor[2].value)
    assert f"Rij {n + 1}, sterkte (1–3): moet een geheel getal van 1 tot en met 3 zijn" in texts(
        at.error
    )


def test_a_library_proxy_fills_the_effect_and_is_saved(app_db):
    at = open_page(PAGE)
    project_id = at.session_state["project_id"]
    at.selectbox(key=pk(at, "proxy_rij")).set_value(1).run()
    at.selectbox(key=pk(at, "proxy_keuze")).set_value("huisartsconsult").run()
    assert any("Kostenhandleiding" in m.value for m in at.markdown)  # the source is shown
    at.button(key="proxy_invullen").click().run()
    assert at.data_editor[0].value.iloc[1]["proxy_key"] == "Huisartsconsult (gemiddeld)"  # its name
    at.button(key="effecten_opslaan").click().run()
    with reopened(app_db) as store:
        effect = store.load_project(project_id).effects[1]
    library = proxy_fields("huisartsconsult")
    assert (effect.proxy, effect.proxy_key, effect.proxy_source) == (
        library["proxy"], library["proxy_key"], library["proxy_source"],
    )


def test_a_bad_project_file_shows_its_fields_and_changes_nothing(app_db):
    at = open_page(PAGE)
    project_id = at.session_state["project_id"]
    before = saved_json(app_db, project_id)
    with reopened(app_db) as store:
        count = len(store.list_projects())
    data = json.loads(before)
    data["effects"][0]["deadweight"] = 2
    del data["name"]
    at.file_uploader(key="project_upload").upload(
        "kapot.json", json.dumps(data).encode(), "application/json"
    ).run()
    [message] = texts(at.error)
    message = re.sub(r"\\(.)", r"\1", message)  # file text is escaped; read it as shown
    assert "kapot.json** is niet ingelezen" in message
    assert "**Effecten, rij 1, nul-effect (deadweight)** (effects[0].deadweight): " \
           "moet tussen 0 en 1 liggen" in message
    assert "**Projectnaam** (name): ontbreekt (verplicht veld)" in message
    assert saved_json(app_db, project_id) == before
    with reopened(app_db) as store:
        assert len(store.list_projects()) == count


def test_a_valid_project_file_is_saved_as_a_new_project(app_db):
    at = open_page(PAGE)
    project_id = at.session_state["project_id"]
    data = json.loads(saved_json(app_db, project_id))
    data["name"] = "Geïmporteerd project"
    at.file_uploader(key="project_upload").upload(
        "import.json", json.dumps(data).encode(), "application/json"
    ).run()
    at.button(key="project_upload_save").click().run()
    new_id = at.session_state["project_id"]
    assert new_id != project_id
    with reopened(app_db) as store:
        assert store.load_project(new_id).name == "Geïmporteerd project"
        assert saved_json(app_db, project_id) == project_json(store.load_project(project_id))
    assert at.selectbox(key="project_picker").value == new_id  # the picker shows the new project


def project_keys(project) -> set[str]:
    keys = {e.stakeholder for e in project.effects} | {e.sector for e in project.effects}
    keys |= {e.proxy_key for e in project.effects} | {c.financier for c in project.costs}
    return (keys | {q.stakeholder for q in project.qualitative}) - {None, "uwv", "school"}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_tables_show_names_and_an_unchanged_project_stays_as_saved(app_db, lang):
    at = open_page(PAGE)
    if lang == "en":
        at.session_state["lang"] = "en"
        at.run()
    project_id = at.session_state["project_id"]
    before = saved_json(app_db, project_id)
    with reopened(app_db) as store:
        project = store.load_project(project_id)
    effects, costs, qualitative = (at.data_editor[i].value for i in range(3))
    shown = set(effects["stakeholder"]) | set(effects["sector"]) | set(effects["proxy_key"])
    shown |= set(costs["financier"]) | set(qualitative["stakeholder"])
    assert not shown & project_keys(project)  # no key on screen
    assert {"nl": "Gemeente", "en": "Municipality"}[lang] in set(costs["financier"])
    # read back to keys: nothing changed, so nothing to save
    assert at.button(key="effecten_opslaan").disabled
    assert not at.error
    # an edit is saved as keys, everything else as it was
    row = next(i for i, e in enumerate(project.effects) if e.sector != "politie_justitie")
    edit(at, 0, edited_rows={row: {"quantity": "5", "sector": {
        "nl": "Politie en justitie", "en": "Police and justice"}[lang]}})
    edit(at, 1, edited_rows={0: {"financier": {"nl": "Zorgverzekeraar", "en": "Health insurer"}[lang]}})
    assert not at.error
    at.button(key="effecten_opslaan").click().run()
    data, expected = json.loads(saved_json(app_db, project_id)), json.loads(before)
    expected["effects"][row].update(quantity=5.0, sector="politie_justitie")
    expected["costs"][0]["financier"] = "zorgverzekeraar"
    assert data == expected


def test_switching_language_while_editing_keeps_the_edits(app_db):
    at = open_page(PAGE)
    project_id = at.session_state["project_id"]
    at.selectbox(key=pk(at, "proxy_rij")).set_value(0).run()
    at.selectbox(key=pk(at, "proxy_keuze")).set_value("huisartsconsult").run()
    at.button(key="proxy_invullen").click().run()  # the draft itself now holds an edit
    at.session_state["lang"] = "en"
    at.run()
    assert at.data_editor[0].value.iloc[0]["proxy_key"] == "GP consultation (average)"
    assert "Municipality" in set(at.data_editor[1].value["financier"])
    at.button(key="effecten_opslaan").click().run()
    with reopened(app_db) as store:
        effect = store.load_project(project_id).effects[0]
    assert effect.proxy_key == "huisartsconsult"


def test_a_project_without_qualitative_effects_or_costs_opens_in_the_editor(app_db):
    # Seen in the browser (the wizard's new project): an empty table's name column became
    # float, and st.data_editor refused it as a text column.
    import dataclasses

    from impactkaart.authoring.demo import demo_projects
    from impactkaart.store.projects import Store

    bare = dataclasses.replace(demo_projects()[0], name="Zonder kwalitatief", qualitative=())
    with Store(app_db) as store:
        store.save_project(bare)
    at = open_page(PAGE)
    at.selectbox(key="project_picker").select_index(
        at.selectbox(key="project_picker").options.index("Zonder kwalitatief")).run()
    assert not at.exception, at.exception
    assert [h.value for h in at.subheader if "Kwalitatieve" in h.value], "the third table is shown"
