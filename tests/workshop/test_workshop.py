"""Workshop mode in the domain and the store: codes, secrets, expiry, access, designs, deletion,
back-ups, the room overview and its export."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

import pytest
from openpyxl import load_workbook

from impactkaart.core.engine import compute
from impactkaart.core.reference import default_reference
from impactkaart.io.project_file import parse_project_json
from impactkaart.store.backup import backup_bytes, restore
from impactkaart.store.projects import ProjectNotFound, Store
from impactkaart.text import formats
from impactkaart.text.names import sector_label
from impactkaart.workshop.charts import chain_data, chain_spec
from impactkaart.workshop.overview import named_stakeholders, room_of, room_xlsx, room_zip
from impactkaart.workshop.rooms import (
    CODE_ALPHABET,
    JOIN_CODE_LENGTH,
    WorkshopError,
    add_item,
    create_workshop,
    delete_workshop,
    designed_map,
    facilitator_login,
    find_workshop,
    hash_secret,
    join_workshop,
    load_design,
    new_code,
    normalise_code,
    open_workspace,
    remove_item,
    set_field,
    token_hash,
    verify_secret,
)

TODAY = dt.date(2025, 6, 12)
DURING = dt.datetime(2025, 6, 12, 10, 0)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "workshop.duckdb") as store:
        yield store


@pytest.fixture
def made(store):
    return create_workshop(store, "Ontwerp je eigen Impactkaart", TODAY, now=DURING)


def build(store, workspace, cost=1000.0, years=2, quantity=10.0, value=100.0,
          deadweight=0.2, attribution=0.5):
    """A small map: one financier, one stakeholder, one complete outcome with an own value."""
    cost_item = load_design(store, workspace.id).of_kind("cost")[0].item_id
    set_field(store, workspace.id, cost_item, "amount", cost)
    set_field(store, workspace.id, "project", "years", years)
    who = add_item(store, workspace.id, "stakeholder", values={"name": "gemeente"})
    return add_item(store, workspace.id, "outcome", who, {
        "outcome": "Minder schulden", "indicator": "aantal dossiers", "quantity": quantity,
        "value_kind": "eigen", "own_value": value, "own_source": "eigen schatting 2025",
        "duration": years, "deadweight": deadweight, "attribution": attribution})


# --- codes and secrets -------------------------------------------------------------------


def test_join_codes_are_six_unambiguous_characters(store):
    assert not set("0O1I") & set(CODE_ALPHABET) and len(CODE_ALPHABET) == 32
    codes = [new_code(JOIN_CODE_LENGTH) for _ in range(500)]
    assert all(len(c) == JOIN_CODE_LENGTH and set(c) <= set(CODE_ALPHABET) for c in codes)
    assert len(set(codes)) > 490  # random: 32^6 possibilities
    made = [create_workshop(store, f"W{i}", TODAY).workshop.join_code for i in range(3)]
    assert len(set(made)) == 3 and all(set(c) <= set(CODE_ALPHABET) for c in made)


def test_a_typed_code_may_have_small_letters_spaces_and_dashes(store, made):
    code = made.workshop.join_code
    typed = f" {code[:3].lower()}-{code[3:]} "
    assert normalise_code(typed) == code
    assert find_workshop(store, typed, now=DURING) == made.workshop


@pytest.mark.parametrize(("typed", "words"), [
    ("", "Vul de deelnamecode in"),
    ("ABC", "bestaat uit 6 tekens"),
    ("AB0DE1", "geen 0, O, 1 of I"),
    ("ZZZZZZ", "Er is geen workshop met de code ZZZZZZ"),
])
def test_a_wrong_join_code_gets_a_dutch_message(store, made, typed, words):
    with pytest.raises(WorkshopError, match=words):
        join_workshop(store, typed, "Anna", now=DURING)


@pytest.mark.parametrize(("typed", "words"), [
    ("", "Enter the join code."),
    ("ABC", "A join code has 6 characters"),
    ("AB0DE1", "use no 0, O, 1 or I"),
    ("ZZZZZZ", "There is no workshop with the code ZZZZZZ"),
])
def test_the_same_refusal_reads_in_english(store, made, typed, words):
    with pytest.raises(WorkshopError) as refused:
        join_workshop(store, typed, "Anna", now=DURING)
    assert words in refused.value.text("en")


def test_an_expired_date_and_a_refused_value_are_worded_in_english(store, made):
    after = dt.datetime.combine(TODAY + dt.timedelta(days=31), dt.time(0, 1))
    with pytest.raises(WorkshopError) as refused:
        join_workshop(store, made.workshop.join_code, "Bram", now=after)
    assert "has expired (kept until 12/07/2025)" in refused.value.text("en")
    workspace, _ = join_workshop(store, made.workshop.join_code, "Anna", now=DURING)
    outcome = build(store, workspace)
    with pytest.raises(WorkshopError) as refused:
        set_field(store, workspace.id, outcome, "deadweight", 1.5)
    assert refused.value.text("en") == "Not saved: deadweight: must lie between 0 and 1 (0% to 100%)"
    assert str(refused.value) == "Niet opgeslagen: deadweight: moet tussen 0 en 1 liggen (0% tot 100%)"


def test_secrets_are_stored_only_as_salted_or_one_way_hashes(store, made):
    workspace, token = join_workshop(store, made.workshop.join_code, "Anna", now=DURING)
    dump = json.dumps({name: frame.astype(str).to_dict("records")
                       for name, frame in store.extra_tables().items()})
    assert made.facilitator_code not in dump and token not in dump
    assert token_hash(token) in dump  # looked up by its SHA-256
    code = made.facilitator_code
    first, second = hash_secret(code), hash_secret(code)
    assert first != second  # a salt of its own
    assert verify_secret(code, first) and verify_secret(code, second)
    assert not verify_secret(code[:-1] + ("2" if code[-1] != "2" else "3"), first)
    assert not verify_secret(code, "kapot")


def test_the_facilitator_code_is_needed_for_the_overview(store, made):
    other = create_workshop(store, "Andere zaal", TODAY, now=DURING)
    code = made.workshop.join_code
    assert facilitator_login(store, code, made.facilitator_code.lower()) == made.workshop
    with pytest.raises(WorkshopError, match="hoort niet bij deze workshop"):
        facilitator_login(store, code, other.facilitator_code)
    with pytest.raises(WorkshopError, match="Vul de begeleiderscode in"):
        facilitator_login(store, code, "")
    with pytest.raises(WorkshopError, match="begeleiderscode bestaat uit 12 tekens"):
        facilitator_login(store, code, made.facilitator_code[:6])


# --- expiry -------------------------------------------------------------------------------


def test_an_expired_workshop_refuses_joining_and_workspaces_but_not_its_facilitator(store, made):
    workspace, token = join_workshop(store, made.workshop.join_code, "Anna", now=DURING)
    last_day = TODAY + dt.timedelta(days=30)  # the default: kept 30 days after the workshop
    assert made.workshop.last_day == last_day
    evening = dt.datetime.combine(last_day, dt.time(23, 59))
    assert open_workspace(store, token, now=evening).id == workspace.id
    after = evening + dt.timedelta(minutes=1)
    with pytest.raises(WorkshopError, match="verlopen \\(bewaard tot en met 12-07-2025\\)"):
        join_workshop(store, made.workshop.join_code, "Bram", now=after)
    with pytest.raises(WorkshopError, match="is verlopen"):
        open_workspace(store, token, now=after)
    assert facilitator_login(store, made.workshop.join_code, made.facilitator_code) == made.workshop


@pytest.mark.parametrize(("keep", "words"), [
    (TODAY - dt.timedelta(days=1), "vóór de workshopdatum"),
    (TODAY + dt.timedelta(days=366), "niet langer dan 365 dagen"),
])
def test_keeping_data_has_bounds(store, keep, words):
    with pytest.raises(WorkshopError, match=words):
        create_workshop(store, "Zaal", TODAY, keep)


# --- access -------------------------------------------------------------------------------


def test_a_token_opens_only_its_own_workspace(store, made):
    anna, anna_token = join_workshop(store, made.workshop.join_code, "Anna", now=DURING)
    bram, bram_token = join_workshop(store, made.workshop.join_code, "Bram", now=DURING)
    assert anna_token != bram_token
    assert open_workspace(store, anna_token, now=DURING).id == anna.id
    assert open_workspace(store, bram_token, now=DURING).id == bram.id
    assert anna.project_id != bram.project_id
    for bad in (anna_token[:-1], anna_token + "x", "", None, "../etc", bram.id, anna.id):
        with pytest.raises(WorkshopError, match="werkplek"):
            open_workspace(store, bad, now=DURING)


def test_attendee_names_are_checked(store, made):
    with pytest.raises(WorkshopError, match="Vul je naam"):
        join_workshop(store, made.workshop.join_code, "   ", now=DURING)
    with pytest.raises(WorkshopError, match="te lang"):
        join_workshop(store, made.workshop.join_code, "x" * 101, now=DURING)


# --- designs ------------------------------------------------------------------------------


def test_a_design_adds_up_to_the_project_the_engine_computes(store, made):
    workspace, _ = join_workshop(store, made.workshop.join_code, "Schuldhulp Oost", now=DURING)
    build(store, workspace)
    design = load_design(store, workspace.id)
    project = store.load_project(workspace.project_id)
    assert project == designed_map(design, workspace).project
    assert [(c.year, c.financier, c.amount) for c in project.costs] == \
        [(1, "gemeente", 1000.0), (2, "gemeente", 1000.0)]
    (effect,) = project.effects
    assert (effect.quantity, effect.proxy, effect.proxy_source) == \
        (10.0, 100.0, "eigen schatting 2025")
    # Benefits 10 × 100 × 0,8 × 0,5 = 400 in each of the two years, costs 1.000 in each: both
    # discounted alike, so the factor is exactly 0,4 whatever the rate.
    assert compute(project).rendementsfactor == pytest.approx(0.4, rel=1e-12)
    assert "indicator" not in json.dumps(project.to_dict())  # the design's, not the file's


def test_an_outcome_counts_only_when_complete_and_says_what_it_needs(store, made):
    workspace, _ = join_workshop(store, made.workshop.join_code, "Anna", now=DURING)
    who = add_item(store, workspace.id, "stakeholder", values={"name": "zorgverzekeraar"})
    outcome = add_item(store, workspace.id, "outcome", who, {"outcome": "Minder huisartsbezoek"})
    (status,) = designed_map(load_design(store, workspace.id), workspace).outcomes
    assert not status.counted
    assert status.missing == ("quantity", "proxy_key", "deadweight", "attribution")
    assert status.missing_text() == ("hoeveel mensen of gevallen per jaar",
                                     "een waarde uit de bibliotheek",
                                     "hoeveel er zonder het project ook was gebeurd",
                                     "hoeveel door anderen komt")
    assert status.missing_text("en") == ("how many people or cases per year",
                                         "a value from the library",
                                         "how much would have happened without the project",
                                         "how much is due to others")
    for name, value in (("quantity", 40), ("proxy_key", "huisartsconsult"),
                        ("deadweight", 0.0), ("attribution", 0.25)):
        set_field(store, workspace.id, outcome, name, value)
    designed = designed_map(load_design(store, workspace.id), workspace)
    assert designed.outcomes[0].counted and designed.costs_missing
    (effect,) = store.load_project(workspace.project_id).effects
    library = default_reference().proxies.set_index("key").loc["huisartsconsult"]
    assert effect.proxy == float(library["value"]) and effect.proxy_key == "huisartsconsult"
    set_field(store, workspace.id, outcome, "value_kind", "eigen")  # own value: needs a source
    status = designed_map(load_design(store, workspace.id), workspace).outcomes[0]
    assert status.missing_text() == ("een eigen waarde in euro", "de bron van de eigen waarde")
    assert store.load_project(workspace.project_id).effects == ()


def test_a_library_value_suggests_its_usual_sector_but_never_overrides_one(store, made):
    workspace, _ = join_workshop(store, made.workshop.join_code, "Anna", now=DURING)
    who = add_item(store, workspace.id, "stakeholder", values={"name": "zorgverzekeraar"})
    first = add_item(store, workspace.id, "outcome", who, {"outcome": "Minder huisartsbezoek"})
    second = add_item(store, workspace.id, "outcome", who, {"outcome": "Minder crisisopvang"})
    set_field(store, workspace.id, first, "proxy_key", "huisartsconsult")  # usual sector: zorg
    set_field(store, workspace.id, second, "sector", "gemeente")
    set_field(store, workspace.id, second, "proxy_key", "huisartsconsult")
    design = load_design(store, workspace.id)
    assert design.item(first).fields["sector"] == "zorg"
    assert design.item(second).fields["sector"] == "gemeente"


def test_two_people_in_one_workspace_keep_each_others_fields(store, made):
    workspace, _ = join_workshop(store, made.workshop.join_code, "Team", now=DURING)
    outcome = build(store, workspace)
    set_field(store, workspace.id, outcome, "indicator", "dossiers bij de gemeente")  # person A
    set_field(store, workspace.id, outcome, "quantity", 12.0)  # person B, other field
    set_field(store, workspace.id, "project", "name", "Eerste naam")  # A
    last = set_field(store, workspace.id, "project", "name", "Tweede naam")  # B, same field
    design = load_design(store, workspace.id)
    fields = design.item(outcome).fields
    assert (fields["indicator"], fields["quantity"]) == ("dossiers bij de gemeente", 12.0)
    assert design.project_item.fields["name"] == "Tweede naam"
    assert design.project_item.versions["name"] == last == design.version


def test_a_bad_value_is_refused_in_dutch_and_the_saved_one_stays(store, made):
    workspace, _ = join_workshop(store, made.workshop.join_code, "Anna", now=DURING)
    outcome = build(store, workspace)
    for name, value, words in (("deadweight", 1.5, "tussen 0 en 1"),
                               ("quantity", -3, "niet negatief"),
                               ("proxy_key", "bestaat_niet", "onbekende proxy"),
                               ("sector", "ruimtevaart", "onbekende sector"),
                               ("kleur", "rood", "onbekend veld")):
        with pytest.raises(WorkshopError, match=words):
            set_field(store, workspace.id, outcome, name, value)
    fields = load_design(store, workspace.id).item(outcome).fields
    assert (fields["deadweight"], fields["quantity"]) == (0.2, 10.0)


def test_removing_a_stakeholder_removes_its_outcomes_and_later_saves_to_them(store, made):
    workspace, _ = join_workshop(store, made.workshop.join_code, "Anna", now=DURING)
    outcome = build(store, workspace)
    who = load_design(store, workspace.id).item(outcome).parent_id
    assert remove_item(store, workspace.id, who)
    design = load_design(store, workspace.id)
    assert design.of_kind("stakeholder") == [] and design.of_kind("outcome") == []
    assert set_field(store, workspace.id, outcome, "quantity", 5.0) is None  # gone: no error
    assert add_item(store, workspace.id, "outcome", who, {"outcome": "Wees"}) is None
    assert store.load_project(workspace.project_id).effects == ()


def test_a_project_deleted_elsewhere_is_made_again_on_the_next_save(store, made):
    workspace, token = join_workshop(store, made.workshop.join_code, "Anna", now=DURING)
    store.delete_project(workspace.project_id)  # e.g. on the 'Effecten bewerken' page
    set_field(store, workspace.id, "project", "years", 3)
    project_id = open_workspace(store, token, now=DURING).project_id
    assert project_id != workspace.project_id
    assert store.load_project(project_id).years == 3


# --- deletion and back-up -------------------------------------------------------------------


def test_deleting_a_workshop_removes_every_workspace_field_and_project(store, made):
    other = create_workshop(store, "Andere zaal", TODAY, now=DURING)
    kept, kept_token = join_workshop(store, other.workshop.join_code, "Blijft", now=DURING)
    joined = [join_workshop(store, made.workshop.join_code, name, now=DURING)
              for name in ("Anna", "Bram")]
    for workspace, _ in joined:
        build(store, workspace)
    assert delete_workshop(store, made.workshop.id) == (2, 2)
    for workspace, token in joined:
        with pytest.raises(ProjectNotFound):
            store.load_project(workspace.project_id)
        with pytest.raises(WorkshopError, match="bestaat niet"):
            open_workspace(store, token, now=DURING)
    with pytest.raises(WorkshopError, match="geen workshop"):
        find_workshop(store, made.workshop.join_code, now=DURING)
    tables = store.extra_tables()
    assert list(tables["workshops"]["id"]) == [other.workshop.id]
    assert set(tables["workspaces"]["id"]) == {kept.id}
    assert set(tables["workspace_items"]["workspace_id"]) == {kept.id}
    assert set(tables["workspace_fields"]["workspace_id"]) == {kept.id}
    assert open_workspace(store, kept_token, now=DURING).id == kept.id
    assert list(store.list_projects()["id"]) == [kept.project_id]


def test_a_back_up_restores_workshops_workspaces_and_their_projects(store, made, tmp_path):
    workspace, token = join_workshop(store, made.workshop.join_code, "Anna", now=DURING)
    build(store, workspace)
    raw = backup_bytes(store)
    design = load_design(store, workspace.id)
    with Store(tmp_path / "elders.duckdb") as elsewhere:
        restore(elsewhere, raw)
        assert open_workspace(elsewhere, token, now=DURING).project_id == workspace.project_id
        assert load_design(elsewhere, workspace.id) == design
        assert elsewhere.load_project(workspace.project_id) == store.load_project(workspace.project_id)
        assert facilitator_login(elsewhere, made.workshop.join_code, made.facilitator_code).id == \
            made.workshop.id
        # Work goes on after the restore, and new workshops get new codes.
        assert set_field(elsewhere, workspace.id, "project", "years", 3) == design.version + 1
        assert create_workshop(elsewhere, "Nieuw", TODAY).workshop.join_code != \
            made.workshop.join_code


# --- the room -------------------------------------------------------------------------------


def test_the_room_has_every_attendee_with_the_engines_figures(store, made):
    hostile = '=HYPERLINK("https://example.com","klik")'
    joined = [join_workshop(store, made.workshop.join_code, name, now=DURING)
              for name in ("Anna", "Anna", hostile)]
    for n, (workspace, _) in enumerate(joined):
        build(store, workspace, cost=1000.0 * (n + 1))
    room = room_of(store, made.workshop)
    table = room.table()
    assert list(table["label"]) == ["Anna", "Anna (2)", hostile]
    for n, (workspace, _) in enumerate(joined):
        saved = store.load_project(workspace.project_id)
        assert table["rendementsfactor"][n] == pytest.approx(compute(saved).rendementsfactor)
        assert table["rendementsfactor"][n] == pytest.approx(0.4 / (n + 1))
    stakeholders = named_stakeholders(room)
    assert stakeholders[["label", "attendees", "outcomes"]].values.tolist() == [["Gemeente", 3, 3]]

    book = load_workbook(io.BytesIO(room_xlsx(room)))
    assert book.sheetnames == ["Workshop", "Deelnemers", "Effecten", "Kosten"]
    names = [row[0].value for row in book["Deelnemers"].iter_rows(min_row=2)]
    cell = book["Deelnemers"].cell(row=4, column=1)
    assert names == ["Anna", "Anna (2)", hostile] and cell.data_type == "s"
    effects = list(book["Effecten"].iter_rows(min_row=1, values_only=True))
    assert effects[1][4] == "aantal dossiers"  # the indicator travels with the export

    with zipfile.ZipFile(io.BytesIO(room_zip(room))) as archive:
        files = sorted(archive.namelist())
        assert files[-1] == "workshop.xlsx" and len(files) == 7  # 3 × (json + pdf) + xlsx
        projects = [parse_project_json(archive.read(f)) for f in files if f.endswith(".json")]
        assert all(archive.read(f).startswith(b"%PDF") for f in files if f.endswith(".pdf"))
    assert projects == [store.load_project(w.project_id) for w, _ in joined]


def test_the_rooms_export_in_english_has_english_sheets_headers_and_names(store, made):
    from tests.views.test_english import dutch_words

    workspace, _ = join_workshop(store, made.workshop.join_code, "Anna", now=DURING)
    build(store, workspace)
    who = add_item(store, workspace.id, "stakeholder", values={"name": "zorgverzekeraar"})
    waiting = add_item(store, workspace.id, "outcome", who, {"outcome": "Fewer GP visits"})
    set_field(store, workspace.id, waiting, "sector", "zorg")
    room = room_of(store, made.workshop)
    book = load_workbook(io.BytesIO(room_xlsx(room, lang="en")))
    assert book.sheetnames == ["Workshop", "Attendees", "Effects", "Costs"]
    ours = [cell for sheet in book.worksheets[1:] for cell in next(sheet.iter_rows(values_only=True))]
    ours += [row[0] for row in book["Workshop"].iter_rows(values_only=True)]  # beside: user text
    ours.append(book["Workshop"]["B8"].value)  # how it was computed
    effects = list(book["Effects"].iter_rows(values_only=True))
    header = effects[0]
    rows = [dict(zip(header, row)) for row in effects[1:]]
    assert [r["Stakeholder"] for r in rows] == ["Municipality", "Health insurer"]
    assert [r["Counted"] for r in rows] == ["yes", "no"]
    assert rows[1]["Sector (labour market)"] == sector_label("zorg", "en")
    assert rows[1]["Still needed"].startswith("how many people or cases per year, a value from")
    ours += [r[k] for r in rows for k in ("Stakeholder", "Own value", "Counted", "Still needed",
                                         "Sector (labour market)")]
    ours += [row[2] for row in book["Costs"].iter_rows(min_row=2, values_only=True)]  # funders
    assert not {c: w for c in ours if isinstance(c, str) and (w := dutch_words(c, []))}
    dutch = load_workbook(io.BytesIO(room_xlsx(room)))["Effecten"]
    assert [c.value for c in dutch[1]][:3] == ["Deelnemer / project", "Project", "Belanghebbende"]
    with zipfile.ZipFile(io.BytesIO(room_zip(room, lang="en"))) as archive:
        assert sorted(archive.namelist()) == ["projects/01-anna.json", "projects/01-anna.pdf",
                                              "workshop.xlsx"]


def test_the_chain_shows_the_engines_value_per_outcome_and_dashes_what_is_incomplete(store, made):
    workspace, _ = join_workshop(store, made.workshop.join_code, "Anna", now=DURING)
    build(store, workspace)
    who = add_item(store, workspace.id, "stakeholder", values={"name": "Buurtbewoners"})
    add_item(store, workspace.id, "outcome", who, {"outcome": "Minder overlast"})
    designed = designed_map(load_design(store, workspace.id), workspace)
    data = chain_data(designed, compute(designed.project))
    rate = default_reference().discount_rate
    assert data["counted"].tolist() == [True, False]
    assert data["value"][0] == pytest.approx(400 + 400 / (1 + rate))  # 10 × 100 × 0,8 × 0,5 a year
    assert data["value_text"][0] == formats.euro(400 + 400 / (1 + rate))
    assert data["indicator"].tolist() == ["aantal dossiers", "–"]
    spec = chain_spec(data)
    rows = spec["datasets"]["rows"]
    assert [r["outcome"] for r in rows if r["part"] == "what_waiting"] == ["Minder overlast"]
    assert [r["outcome"] for r in rows if r["part"] == "worth"] == ["Minder schulden"]
    dashed = [layer for layer in spec["layer"] if layer["mark"].get("strokeDash")]
    assert [layer["transform"][0]["filter"] for layer in dashed] == ["datum.part == 'what_waiting'"]
