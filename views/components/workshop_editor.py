"""The attendee's design, step by step: every widget saves its own field as it changes.

There is no save button: each widget's ``on_change`` saves one field through
`impactkaart.workshop.rooms.set_field` (text fields commit after a short typing
pause). Widgets hold their values under their own keys; at the start of each
run, `sync` copies into them what the store holds and this session has not
shown yet: the first load, and fields someone else in the same workspace has
changed meanwhile (last save wins per field). A field this session saved
itself is never written back into its widget, so nothing typed after a save
is overwritten.
"""

from __future__ import annotations

import functools

import streamlit as st

from impactkaart.core.engine import ProjectResult
from impactkaart.core.proxies import proxy_row
from impactkaart.core.reference import default_reference
from impactkaart.store.projects import Store, StoreError
from impactkaart.text import formats
from impactkaart.text.names import party_label, sector_label
from impactkaart.text.proxies import proxy_choices, source_text, trust_mark
from impactkaart.text.safe import md
from impactkaart.workshop.design import FIELDS, LIBRARY, OWN, Design, DesignedMap, Item
from impactkaart.workshop.rooms import WorkshopError, Workspace, add_item, remove_item, set_field

ss = st.session_state
SYNCED = "werkplek_gezien"  # workspace id -> the version the widgets show
OWN_SAVES = "werkplek_eigen"  # (workspace, item, field) -> version this session saved
FLASH = "werkplek_melding"
PERCENT = {"deadweight", "attribution"}  # stored as shares (0–1), typed as percentages
LIVE = "700ms"  # text fields save after this typing pause
SUGGESTED = ["gemeente", "zorgverzekeraar", "politie_justitie", "deelnemer", "werkgever",
             "woningcorporatie", "school", "schuldeisers", "uwv", "rijk"]
STEPS = ["1 Project", "2 Wie merkt het?", "3 Wat verandert er?", "4 Hoe zie je het?",
         "5 Wat is het waard?", "6 Wat is van ons?"]


def key(item_id: str, field: str) -> str:
    return f"wp_{item_id}_{field}"


def _to_widget(field: str, value):
    if field in PERCENT:
        return None if value is None else round(value * 100, 1)
    if value is None and FIELDS_TYPES.get(field) in ("text", "name", "party"):
        return ""
    return value


def _from_widget(field: str, value):
    if field in PERCENT and value is not None:
        return value / 100
    if field == "sector" and value == "":
        return None
    return value


FIELDS_TYPES = {name: kind for fields in FIELDS.values() for name, kind in fields.items()}


def sync(design: Design) -> None:
    """Put the stored values into the widgets this session has not shown yet (see module)."""
    seen = ss.setdefault(SYNCED, {}).get(design.workspace_id, -1)
    own = ss.setdefault(OWN_SAVES, {})
    for item in design.items:
        for field in FIELDS[item.kind]:
            widget = key(item.item_id, field)
            version = item.versions.get(field, -1)
            theirs = version > seen and own.get((design.workspace_id, item.item_id, field)) != version
            if widget not in ss or theirs:
                ss[widget] = _to_widget(field, item.fields.get(field))
    ss[SYNCED][design.workspace_id] = design.version


# --- callbacks (run before the page, then the page shows the saved state) --------------


def _save(store: Store, workspace_id: str, item_id: str, field: str) -> None:
    widget = key(item_id, field)
    try:
        version = set_field(store, workspace_id, item_id, field, _from_widget(field, ss[widget]))
    except (WorkshopError, StoreError) as exc:
        ss[FLASH] = str(exc)
        del ss[widget]  # the widget shows the stored value again on this run
        return
    if version is None:
        ss[FLASH] = "Dit onderdeel is intussen verwijderd (door iemand anders in deze werkplek)."
    else:
        ss[OWN_SAVES][(workspace_id, item_id, field)] = version


def _add(store: Store, workspace_id: str, kind: str, parent: str | None, widget: str | None,
         field: str | None) -> None:
    values = {}
    if widget is not None:
        text = ss.get(widget)
        if not text or not str(text).strip():
            return
        values[field] = text
        ss[widget] = None if kind == "stakeholder" and widget.endswith("_pill") else ""
    try:
        if add_item(store, workspace_id, kind, parent, values) is None:
            ss[FLASH] = "Dit kon niet meer: het onderdeel erboven is intussen verwijderd."
    except (WorkshopError, StoreError) as exc:
        ss[FLASH] = str(exc)


def _remove(store: Store, workspace_id: str, item_id: str) -> None:
    try:
        remove_item(store, workspace_id, item_id)
    except (WorkshopError, StoreError) as exc:
        ss[FLASH] = str(exc)


# --- the steps ----------------------------------------------------------------------------


def _args(store, workspace, item, field):
    return {"key": key(item.item_id, field), "on_change": _save,
            "args": (store, workspace.id, item.item_id, field)}


def _remove_button(store, workspace, item: Item, what: str, where=st) -> None:
    with where.popover("", icon=":material/delete:", help=f"{what} verwijderen"):
        st.markdown(f"{md(what)} verwijderen?")
        st.button("Ja, verwijderen", key=f"wp_{item.item_id}_weg", type="primary",
                  on_click=_remove, args=(store, workspace.id, item.item_id))


def _heading(stakeholder: Item, outcome: Item) -> str:
    who = party_label(stakeholder.get("name", "")) if stakeholder.get("name") else "(wie?)"
    return f"**{md(who)}** → {md(outcome.get('outcome') or '(wat verandert er?)')}"


def _step_project(store, workspace: Workspace, design: Design) -> None:
    st.caption("Waar gaat je project over, hoe lang loopt het en wat kost het? De kosten gelden "
               "voor elk jaar van de looptijd.")
    top = design.project_item
    left, right = st.columns([3, 1])
    left.text_input("Naam van je project", max_chars=500, live=LIVE,
                    **_args(store, workspace, top, "name"))
    right.number_input("Looptijd (jaren)", min_value=1, max_value=50, step=1,
                       **_args(store, workspace, top, "years"))
    for number, cost in enumerate(design.of_kind("cost"), start=1):
        who, amount, remove = st.columns([3, 3, 1], vertical_alignment="bottom")
        who.text_input(f"Wie betaalt? ({number})", max_chars=100, live=LIVE,
                       placeholder="gemeente, fonds, zorgverzekeraar, …",
                       **_args(store, workspace, cost, "financier"))
        amount.number_input(f"Kosten per jaar in euro ({number})", min_value=0.0, step=1000.0,
                            format="%.0f", placeholder="bijvoorbeeld 50000",
                            **_args(store, workspace, cost, "amount"))
        _remove_button(store, workspace, cost, f"Financier {number}", remove)
    st.button("Nog een financier", icon=":material/add:", key=f"wp_{workspace.id}_kosten_erbij",
              on_click=_add, args=(store, workspace.id, "cost", None, None, None))


def _step_stakeholders(store, workspace: Workspace, design: Design) -> None:
    st.caption("Wie merkt er iets van je project? Denk aan de deelnemers zelf, hun omgeving, en "
               "organisaties die minder werk of kosten hebben.")
    stakeholders = design.of_kind("stakeholder")
    for number, stakeholder in enumerate(stakeholders, start=1):
        name, remove = st.columns([6, 1], vertical_alignment="bottom")
        name.text_input(f"Belanghebbende {number}", max_chars=100, live=LIVE,
                        **_args(store, workspace, stakeholder, "name"))
        n = len(design.children(stakeholder.item_id))
        _remove_button(store, workspace, stakeholder,
                       f"Belanghebbende {number}" + (f" en {n} effect(en)" if n else ""), remove)
    named = {s.get("name") for s in stakeholders}
    suggestions = [p for p in SUGGESTED if p not in named]
    if suggestions:
        st.pills("Veel genoemd (klik om toe te voegen)", suggestions, format_func=party_label,
                 key=f"wp_{workspace.id}_nieuw_pill", on_change=_add,
                 args=(store, workspace.id, "stakeholder", None,
                       f"wp_{workspace.id}_nieuw_pill", "name"))
    st.text_input("Of typ een andere belanghebbende en druk op Enter", max_chars=100,
                  placeholder="bijvoorbeeld buurtbewoners", key=f"wp_{workspace.id}_nieuw_naam",
                  on_change=_add, args=(store, workspace.id, "stakeholder", None,
                                        f"wp_{workspace.id}_nieuw_naam", "name"))


def _step_outcomes(store, workspace: Workspace, design: Design) -> None:
    stakeholders = design.of_kind("stakeholder")
    if not stakeholders:
        st.info("Noem eerst bij stap 2 wie er iets van je project merkt.")
        return
    st.caption("Wat verandert er voor elk van hen? Eén verandering per regel, in gewone woorden "
               "(\"minder vaak naar de huisarts\").")
    for stakeholder in stakeholders:
        label = party_label(stakeholder.get("name", "")) if stakeholder.get("name") else "(wie?)"
        st.markdown(f"**Voor {md(label)}**")
        for outcome in design.children(stakeholder.item_id):
            text, remove = st.columns([6, 1], vertical_alignment="bottom")
            text.text_input("Wat verandert er?", max_chars=500, live=LIVE,
                            label_visibility="collapsed", **_args(store, workspace, outcome, "outcome"))
            _remove_button(store, workspace, outcome, "Dit effect", remove)
        widget = f"wp_{stakeholder.item_id}_nieuw_effect"
        st.text_input(f"Nieuw effect voor {md(label)} (Enter om toe te voegen)", max_chars=500,
                      placeholder="wat verandert er?", key=widget, on_change=_add,
                      args=(store, workspace.id, "outcome", stakeholder.item_id, widget, "outcome"))


def _each_outcome(design: Design):
    pairs = design.outcomes()
    if not pairs:
        st.info("Vul eerst bij stap 3 in wat er verandert.")
    for stakeholder, outcome in pairs:
        box = st.container(border=True)
        box.markdown(_heading(stakeholder, outcome))
        yield box, outcome


def _step_indicators(store, workspace: Workspace, design: Design) -> None:
    st.caption("Hoe zou je de verandering zien of meten, bij hoeveel mensen of gevallen per jaar, "
               "en hoe lang houdt hij aan?")
    for box, outcome in _each_outcome(design):
        box.text_input("Hoe zie je het? (indicator)", max_chars=500, live=LIVE,
                       placeholder="bijvoorbeeld: aantal huisartsbezoeken per jaar",
                       **_args(store, workspace, outcome, "indicator"))
        left, right = box.columns(2)
        left.number_input("Hoeveel mensen of gevallen per jaar?", min_value=0.0, step=1.0,
                          format="%.0f", placeholder="bijvoorbeeld 40",
                          **_args(store, workspace, outcome, "quantity"))
        right.number_input("Hoeveel jaar houdt het aan?", min_value=1, max_value=50, step=1,
                           **_args(store, workspace, outcome, "duration"))


@functools.cache
def _library() -> tuple[dict[str, str], dict[str, str], list[str]]:
    """Picker labels and source captions of the sourced proxies, and the sectors: built once
    (a save reruns the page, and building them costs more than the rest of the step)."""
    reference = default_reference()
    choices = proxy_choices(reference)
    captions = {}
    for key in choices:
        row = proxy_row(key, reference)
        mark = "illustratief: geen echte bron" if row["illustratief"] else trust_mark(row)
        captions[key] = f"Bron: {md(source_text(row))} · {md(mark)}"
    return choices, captions, [""] + sorted(reference.sector_figures)


def _step_values(store, workspace: Workspace, design: Design) -> None:
    choices, captions, sectors = _library()
    st.caption("Wat is de verandering waard, per persoon of geval per jaar? Kies een waarde uit de "
               "bibliotheek (met bron), of vul een eigen waarde in en zeg waar die vandaan komt.")
    for box, outcome in _each_outcome(design):
        box.segmented_control(
            "Waarde", [LIBRARY, OWN], required=True, label_visibility="collapsed",
            format_func={LIBRARY: "Uit de bibliotheek", OWN: "Eigen waarde"}.get,
            **_args(store, workspace, outcome, "value_kind"))
        if ss.get(key(outcome.item_id, "value_kind")) == OWN:
            left, right = box.columns([1, 2])
            left.number_input("Euro per persoon of geval per jaar", min_value=0.0, step=10.0,
                              format="%.2f", **_args(store, workspace, outcome, "own_value"))
            right.text_input("Bron (rapport en jaar, of 'eigen schatting')", max_chars=500,
                             live=LIVE, **_args(store, workspace, outcome, "own_source"))
        else:
            box.selectbox("Waarde uit de bibliotheek (typ om te zoeken)", list(choices),
                          format_func=choices.get, placeholder="bijvoorbeeld 'huisarts' of 'delict'",
                          **_args(store, workspace, outcome, "proxy_key"))
            chosen = ss.get(key(outcome.item_id, "proxy_key"))
            if chosen in captions:
                box.caption(captions[chosen])
        box.selectbox("Waar bespaart het werk? (optioneel, voor de bespaarde fte)", sectors,
                      format_func=lambda s: sector_label(s) if s else "geen sector",
                      placeholder="geen sector",
                      **_args(store, workspace, outcome, "sector"))


def _step_ours(store, workspace: Workspace, design: Design, designed: DesignedMap,
               result: ProjectResult) -> None:
    st.caption("Niet alles wat verandert komt door jouw project. Deadweight: wat er zonder het "
               "project ook was gebeurd. Toerekening: wat door anderen komt (andere hulp, familie, "
               "beleid). 0% mag, als je dat kunt uitleggen.")
    values = dict(zip(result.effects["effect"].astype(int), result.effects["pv_benefits"]))
    status = {s.item_id: s for s in designed.outcomes}
    for box, outcome in _each_outcome(design):
        left, right = box.columns(2)
        left.number_input("Was ook zonder project gebeurd (%)", min_value=0.0, max_value=100.0,
                          step=5.0, format="%.0f", placeholder="bijvoorbeeld 20",
                          **_args(store, workspace, outcome, "deadweight"))
        right.number_input("Komt door anderen (%)", min_value=0.0, max_value=100.0, step=5.0,
                           format="%.0f", placeholder="bijvoorbeeld 30",
                           **_args(store, workspace, outcome, "attribution"))
        state = status[outcome.item_id]
        if state.counted:
            box.caption(f"Telt mee: {formats.euro(float(values[state.effect]))} contante waarde over "
                        "de looptijd.")
        else:
            box.caption("Telt nog niet mee. Nog nodig: " + md(", ".join(state.missing)) + ".")


def show(store: Store, workspace: Workspace, design: Design, designed: DesignedMap,
         result: ProjectResult) -> None:
    sync(design)
    if FLASH in ss:
        st.warning(md(ss.pop(FLASH)), icon=":material/info:")
    # Only the open step runs: a save reruns the page, and the browser redraws every
    # widget it is sent, hidden tabs included (a room of 30 on one laptop feels that).
    tabs = st.tabs(STEPS, key=f"wp_{workspace.id}_stap", on_change="rerun")
    steps = [lambda: _step_project(store, workspace, design),
             lambda: _step_stakeholders(store, workspace, design),
             lambda: _step_outcomes(store, workspace, design),
             lambda: _step_indicators(store, workspace, design),
             lambda: _step_values(store, workspace, design),
             lambda: _step_ours(store, workspace, design, designed, result)]
    for tab, step in zip(tabs, steps):
        if tab.open:
            with tab:
                step()

