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
import time

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from impactkaart.core.engine import ProjectResult
from impactkaart.core.reference import default_reference
from impactkaart.store.projects import Store, StoreError
from impactkaart.text import formats, numbers
from impactkaart.text.catalogue import t
from impactkaart.text.names import PARTY_LABELS, data_text, party_label, proxy_label, sector_label
from impactkaart.text.safe import md
from impactkaart.workshop.design import FIELDS, LIBRARY, OWN, Design, DesignedMap, Item
from impactkaart.workshop.rooms import WorkshopError, Workspace, add_item, remove_item, set_field
from views.components import language
from views.components.session import page_key

ss = st.session_state
SYNCED = "werkplek_gezien"  # workspace id -> the version the widgets show
SYNCED_LANG = "werkplek_taal"  # the language the widgets show party names in
OWN_SAVES = "werkplek_eigen"  # (workspace, item, field) -> version this session saved
FLASH = "werkplek_melding"
ADDED = "werkplek_toegevoegd"  # widget -> (text, when) of the last row it added
OWN_FRAGMENT = "werkplek_fragment"  # the id Streamlit runs the editor's fragment under
SHOWN = "werkplek_getoond"  # widget -> the text it last had from the store or a save
# The number fields, typed as text the Dutch way and read by the one number reader
# (impactkaart.text.numbers): a browser's number field reads "45.000" as 45.
NUMBERS = {"years": "count", "amount": "amount", "quantity": "number", "duration": "count",
           "own_value": "amount", "deadweight": "share", "attribution": "share"}
LIVE = "150ms"  # text fields save after this pause: a refresh 0,2 s after typing loses nothing
SUGGESTED = ["gemeente", "zorgverzekeraar", "politie_justitie", "deelnemer", "werkgever",
             "woningcorporatie", "school", "schuldeisers", "uwv", "rijk"]
STEPS = 6  # their names: workshop.step.1 … workshop.step.6 in the catalogue


def step_labels(lang: str = "nl") -> list[str]:
    """The tabs' names ("1 Project", "2 Wie merkt het?", …)."""
    return [t(f"workshop.step.{n}", lang) for n in range(1, STEPS + 1)]


def step_key(workspace_id: str) -> str:
    """The widget key of the open step (the tabs)."""
    return f"wp_{workspace_id}_stap"


def go_to_step(workspace_id: str, step: int, lang: str = "nl", only_if_unset: bool = False) -> None:
    """Open step ``step`` (1..STEPS) on this session's next run (the room moved on)."""
    if only_if_unset and ss.get(step_key(workspace_id)):
        return
    ss[step_key(workspace_id)] = step_labels(lang)[max(1, min(STEPS, step)) - 1]


def _step_buttons(workspace_id: str, labels: list[str], lang: str) -> None:
    """Volgende stap / vorige stap under the open step: an attendee moves on at their pace."""
    at = labels.index(ss[step_key(workspace_id)]) if ss.get(step_key(workspace_id)) in labels \
        else 0
    row = st.container(horizontal=True)
    row.button(t("workshop.room.back_step", lang), key=f"wp_{workspace_id}_terug",
               disabled=at == 0, icon=":material/arrow_back:",
               on_click=go_to_step, args=(workspace_id, at, lang))
    row.button(t("workshop.room.next_step", lang), key=f"wp_{workspace_id}_verder",
               disabled=at == STEPS - 1, type="primary", icon=":material/arrow_forward:",
               on_click=go_to_step, args=(workspace_id, at + 2, lang))


def key(item_id: str, field: str) -> str:
    return f"wp_{item_id}_{field}"


def _to_widget(field: str, value, lang: str = "nl"):
    if field in NUMBERS:
        return numbers.show(value, NUMBERS[field], lang)
    if value is None and FIELDS_TYPES.get(field) in ("text", "name", "party"):
        return ""
    if FIELDS_TYPES.get(field) == "party" and lang != "nl" and value in PARTY_LABELS:
        return party_label(value, lang)  # a common party by its name, stored by its key
    return value


def _from_widget(field: str, value, lang: str = "nl"):
    if field in NUMBERS:  # only called with what the reader could read (see _save)
        reading = numbers.parse(value, NUMBERS[field], lang)
        return reading.value if reading.ok else None
    if field == "sector" and value == "":
        return None
    if FIELDS_TYPES.get(field) == "party" and lang != "nl" and isinstance(value, str):
        typed = " ".join(value.split()).lower()
        return next((party for party, names in PARTY_LABELS.items()
                     if names.get(lang, "").lower() == typed), value)
    return value


FIELDS_TYPES = {name: kind for fields in FIELDS.values() for name, kind in fields.items()}


def sync(design: Design, lang: str = "nl") -> None:
    """Put the stored values into the widgets this session has not shown yet (see module);
    after a change of language, the party names again (they are shown in the language)."""
    seen = ss.setdefault(SYNCED, {}).get(design.workspace_id, -1)
    own = ss.setdefault(OWN_SAVES, {})
    relabel = ss.get(SYNCED_LANG, lang) != lang
    ss[SYNCED_LANG] = lang
    for item in design.items:
        for field in FIELDS[item.kind]:
            widget = key(item.item_id, field)
            version = item.versions.get(field, -1)
            theirs = version > seen and own.get((design.workspace_id, item.item_id, field)) != version
            if widget not in ss or theirs or (relabel and FIELDS_TYPES[field] == "party"):
                ss[widget] = ss.setdefault(SHOWN, {})[widget] = _to_widget(
                    field, item.fields.get(field), lang)
    ss[SYNCED][design.workspace_id] = design.version


# --- callbacks (run before the page, then the page shows the saved state) --------------


_NOTHING = object()  # no text known for a widget yet


def _fragments_this_run() -> list[str] | None:
    """The fragments this run was asked for; None for a run of the whole page."""
    ctx = get_script_run_ctx(suppress_warning=True)
    return getattr(ctx, "fragment_ids_this_run", None) or None


def note_fragment() -> None:
    """Remember the editor's fragment id: called in its body (views/workshop/deelnemen.py).
    A run of that fragment alone tells it (a full run of the page names no fragments)."""
    ids = _fragments_this_run()
    if ids and len(ids) == 1:
        ss[OWN_FRAGMENT] = ids[0]


def _not_asked() -> bool:
    """Whether this run was asked for by other fragments only: the room's banner on its
    timer (workshop_room.room_banner). The browser sends every widget's value with each
    request, and a timed request that leaves before the browser has seen the reply to a
    save carries the values from before it: the typed row that the save emptied, a field
    before it was filled in. Streamlit takes those for changes and calls their on_change;
    seen in the browser test: a row added twice, a field saved again, the counts off. A
    change a person makes always asks for the editor's own fragment, so here it is a
    replay: ignored."""
    ids, own = _fragments_this_run(), ss.get(OWN_FRAGMENT)
    return ids is not None and own is not None and own not in ids



def _refused(exc: Exception) -> str:
    """A refusal in the language of the session that caused it."""
    return exc.text(language.current()) if isinstance(exc, WorkshopError) else str(exc)


def _save(store: Store, workspace_id: str, item_id: str, field: str) -> None:
    widget = key(item_id, field)
    if _not_asked() or ss[widget] == ss.setdefault(SHOWN, {}).get(widget, _NOTHING):
        # The second: the text the field already had. A replay ignored above leaves its
        # old text in the session; the browser's next request then brings the real text
        # back, which Streamlit takes for a change again: not saved twice.
        return
    if field in NUMBERS and numbers.parse(ss[widget], NUMBERS[field],
                                          language.current()).status not in ("ok", "empty"):
        return  # not read: the field says why (or asks) and keeps what was typed
    try:
        version = set_field(store, workspace_id, item_id, field,
                            _from_widget(field, ss[widget], language.current()))
    except (WorkshopError, StoreError) as exc:
        ss[FLASH] = _refused(exc)
        del ss[widget]  # the widget shows the stored value again on this run
        return
    if version is None:
        ss[FLASH] = t("workshop.editor.gone", language.current())
    else:
        ss[OWN_SAVES][(workspace_id, item_id, field)] = version
        ss[SHOWN][widget] = ss[widget]


def _add(store: Store, workspace_id: str, kind: str, parent: str | None, widget: str | None,
         field: str | None) -> None:
    if _not_asked():
        return
    values = {}
    if widget is not None:
        text = ss.get(widget)
        if not text or not str(text).strip():
            return
        # A rerun of a timed fragment (the room's step, every 5 s) that leaves the browser
        # before it has seen this field emptied sends the typed text again: add it once.
        added = ss.setdefault(ADDED, {})
        if added.get(widget, (None, 0.0))[0] == text and time.monotonic() - added[widget][1] < 5:
            ss[widget] = None if kind == "stakeholder" and widget.endswith("_pill") else ""
            return
        added[widget] = (text, time.monotonic())
        values[field] = _from_widget(field, text, language.current())
        ss[widget] = None if kind == "stakeholder" and widget.endswith("_pill") else ""
    try:
        if add_item(store, workspace_id, kind, parent, values) is None:
            ss[FLASH] = t("workshop.editor.parent_gone", language.current())
    except (WorkshopError, StoreError) as exc:
        ss[FLASH] = _refused(exc)


def _remove(store: Store, workspace_id: str, item_id: str) -> None:
    try:
        remove_item(store, workspace_id, item_id)
    except (WorkshopError, StoreError) as exc:
        ss[FLASH] = _refused(exc)


# --- the steps ----------------------------------------------------------------------------


def _args(store, workspace, item, field):
    return {"key": key(item.item_id, field), "on_change": _save,
            "args": (store, workspace.id, item.item_id, field)}


def _choose(store, workspace_id: str, item_id: str, field: str, question: str) -> None:
    """The reading chosen under a number field becomes its text, and is saved."""
    if _not_asked():
        return
    chosen = ss.get(question)
    if chosen is not None:
        ss[key(item_id, field)] = numbers.show(chosen, NUMBERS[field], language.current())
        _save(store, workspace_id, item_id, field)


def _number(where, label: str, store, workspace, item, field: str, lang: str, **more) -> None:
    """A number field of the shared map: saved when read, else the error or the question
    (its readings to click) right under it."""
    kind = NUMBERS[field]
    widget = key(item.item_id, field)
    where.text_input(label, **_args(store, workspace, item, field), **more)
    typed = ss.get(widget) or ""
    reading = numbers.parse(typed, kind, lang)
    if reading.status == "error":
        where.error(numbers.describe(reading, typed, kind, lang), icon=":material/error:")
    elif reading.status == "ambiguous":
        question = f"{widget}__welke"
        ss.pop(question, None)  # a fresh question for every text typed
        where.radio(numbers.describe(reading, typed, kind, lang), list(reading.readings),
                    index=None, key=page_key(question), horizontal=True,
                    format_func=lambda v: numbers.shown_with_unit(v, kind, lang),
                    on_change=_choose, args=(store, workspace.id, item.item_id, field, question))


def _remove_button(store, workspace, item: Item, what: str, lang: str, where=st) -> None:
    with where.popover("", icon=":material/delete:",
                       help=t("workshop.editor.remove_help", lang, what=what)):
        st.markdown(t("workshop.editor.remove_ask", lang, what=md(what)))
        st.button(t("workshop.editor.remove_yes", lang), key=f"wp_{item.item_id}_weg",
                  type="primary", on_click=_remove, args=(store, workspace.id, item.item_id))


def _who(stakeholder: Item, lang: str) -> str:
    name = stakeholder.get("name")
    return party_label(name, lang) if name else t("workshop.who_blank", lang)


def _heading(stakeholder: Item, outcome: Item, lang: str) -> str:
    what = outcome.get("outcome") or t("workshop.what_blank", lang)
    return f"**{md(_who(stakeholder, lang))}** → {md(what)}"


def _step_project(store, workspace: Workspace, design: Design, lang: str) -> None:
    st.caption(t("workshop.step1.intro", lang))
    top = design.project_item
    left, right = st.columns([3, 1])
    left.text_input(t("workshop.step1.name", lang), max_chars=500, live=LIVE,
                    **_args(store, workspace, top, "name"))
    _number(right, t("workshop.step1.years", lang), store, workspace, top, "years", lang)
    for number, cost in enumerate(design.of_kind("cost"), start=1):
        who, amount, remove = st.columns([3, 3, 1], vertical_alignment="bottom")
        who.text_input(t("workshop.step1.payer", lang, n=number), max_chars=100, live=LIVE,
                       placeholder=t("workshop.step1.payer_hint", lang),
                       **_args(store, workspace, cost, "financier"))
        _number(amount, t("workshop.step1.amount", lang, n=number), store, workspace, cost,
                "amount", lang, placeholder=t("workshop.step1.amount_hint", lang))
        _remove_button(store, workspace, cost, t("workshop.step1.financier", lang, n=number),
                       lang, remove)
    st.button(t("workshop.step1.more", lang), icon=":material/add:",
              key=f"wp_{workspace.id}_kosten_erbij",
              on_click=_add, args=(store, workspace.id, "cost", None, None, None))


def _step_stakeholders(store, workspace: Workspace, design: Design, lang: str) -> None:
    st.caption(t("workshop.step2.intro", lang))
    stakeholders = design.of_kind("stakeholder")
    for number, stakeholder in enumerate(stakeholders, start=1):
        name, remove = st.columns([6, 1], vertical_alignment="bottom")
        name.text_input(t("workshop.step2.stakeholder", lang, n=number), max_chars=100, live=LIVE,
                        **_args(store, workspace, stakeholder, "name"))
        n = len(design.children(stakeholder.item_id))
        what = t("workshop.step2.stakeholder", lang, n=number)
        if n:
            what = t("workshop.step2.with_effects", lang, what=what, n=n)
        _remove_button(store, workspace, stakeholder, what, lang, remove)
    named = {s.get("name") for s in stakeholders}
    suggestions = [p for p in SUGGESTED if p not in named]
    if suggestions:
        st.pills(t("workshop.step2.suggested", lang), suggestions,
                 format_func=lambda party: party_label(party, lang),
                 key=page_key(f"wp_{workspace.id}_nieuw_pill"), on_change=_add,
                 args=(store, workspace.id, "stakeholder", None,
                       f"wp_{workspace.id}_nieuw_pill", "name"))
    st.text_input(t("workshop.step2.other", lang), max_chars=100,
                  placeholder=t("workshop.step2.other_hint", lang),
                  key=page_key(f"wp_{workspace.id}_nieuw_naam"),
                  on_change=_add, args=(store, workspace.id, "stakeholder", None,
                                        f"wp_{workspace.id}_nieuw_naam", "name"))


def _step_outcomes(store, workspace: Workspace, design: Design, lang: str) -> None:
    stakeholders = design.of_kind("stakeholder")
    if not stakeholders:
        st.info(t("workshop.step3.first", lang))
        return
    st.caption(t("workshop.step3.intro", lang))
    for stakeholder in stakeholders:
        label = _who(stakeholder, lang)
        st.markdown(t("workshop.step3.for", lang, who=md(label)))
        for outcome in design.children(stakeholder.item_id):
            text, remove = st.columns([6, 1], vertical_alignment="bottom")
            text.text_input(t("workshop.chain.what", lang), max_chars=500, live=LIVE,
                            label_visibility="collapsed", **_args(store, workspace, outcome, "outcome"))
            _remove_button(store, workspace, outcome, t("workshop.step3.this_effect", lang),
                           lang, remove)
        widget = f"wp_{stakeholder.item_id}_nieuw_effect"
        st.text_input(t("workshop.step3.new", lang, who=md(label)), max_chars=500,
                      placeholder=t("workshop.step3.new_hint", lang), key=page_key(widget), on_change=_add,
                      args=(store, workspace.id, "outcome", stakeholder.item_id, widget, "outcome"))


def _each_outcome(design: Design, lang: str):
    pairs = design.outcomes()
    if not pairs:
        st.info(t("workshop.step4.first", lang))
    for stakeholder, outcome in pairs:
        box = st.container(border=True)
        box.markdown(_heading(stakeholder, outcome, lang))
        yield box, outcome


def _step_indicators(store, workspace: Workspace, design: Design, lang: str) -> None:
    st.caption(t("workshop.step4.intro", lang))
    for box, outcome in _each_outcome(design, lang):
        box.text_input(t("workshop.step4.indicator", lang), max_chars=500, live=LIVE,
                       placeholder=t("workshop.step4.indicator_hint", lang),
                       **_args(store, workspace, outcome, "indicator"))
        left, right = box.columns(2)
        _number(left, t("workshop.step4.quantity", lang), store, workspace, outcome, "quantity",
                lang, placeholder=t("workshop.step4.quantity_hint", lang))
        _number(right, t("workshop.step4.duration", lang), store, workspace, outcome, "duration",
                lang)


def _blank(value) -> bool:
    return value is None or (isinstance(value, float) and value != value) or not str(value).strip()


def _trust(row, lang: str) -> str:
    """As `core.proxies.trust_mark`, in ``lang``."""
    if bool(row["illustratief"]):
        return t("workshop.map.illustrative", lang)
    confidence = "" if _blank(row.get("confidence")) else str(row["confidence"]).strip()
    known = confidence in ("hoog", "middel", "laag")
    return t(f"workshop.value.trust.{confidence if known else 'onbekend'}", lang)


def _citation(row, lang: str) -> str:
    """As `core.proxies.source_text`: title (publisher, year), prijspeil P, in ``lang``."""
    who = ", ".join(str(row[c]).strip() for c in ("publisher", "source_year") if not _blank(row[c]))
    text = str(row["source_title"]).strip() + (f" ({who})" if who else "")
    if not _blank(row["price_year"]):
        text += t("workshop.value.price_level", lang, year=str(row["price_year"]).strip())
    return text


@functools.cache
def _library(lang: str) -> tuple[dict[str, str], dict[str, str], list[str]]:
    """Picker labels and source captions of the sourced proxies, and the sectors: built once
    per language (a save reruns the page, and building them costs more than the rest of
    the step)."""
    reference = default_reference()
    proxies = reference.proxies.assign(
        shown=[proxy_label(k, lang, reference) for k in reference.proxies["key"]])
    choices, captions = {}, {}
    for _, row in proxies.sort_values("shown", key=lambda s: s.str.lower()).iterrows():
        price_year = "" if _blank(row["price_year"]) else str(row["price_year"]).strip()
        price_year = "" if price_year == "n.b." else price_year  # the data's "unknown"
        choices[row["key"]] = t(
            "workshop.value.choice", lang, label=row["shown"],
            value=formats.euro(float(row["value"]), lang, decimals=2),
            unit=data_text(row, "unit", lang).removeprefix("EUR ").strip(),
            year=price_year or t("workshop.value.no_year", lang),
            publisher=("" if _blank(row["publisher"]) else str(row["publisher"]).strip())
            or t("workshop.value.no_source", lang),
            trust=_trust(row, lang))
        mark = t("workshop.value.made_up", lang) if bool(row["illustratief"]) else _trust(row, lang)
        captions[row["key"]] = t("workshop.value.caption", lang, source=md(_citation(row, lang)),
                                 trust=md(mark))
    return choices, captions, [""] + sorted(reference.sector_figures)


def _step_values(store, workspace: Workspace, design: Design, lang: str) -> None:
    choices, captions, sectors = _library(lang)
    st.caption(t("workshop.step5.intro", lang))
    kinds = {LIBRARY: t("workshop.step5.library", lang), OWN: t("workshop.step5.own", lang)}
    for box, outcome in _each_outcome(design, lang):
        box.segmented_control(
            t("workshop.chain.worth", lang), [LIBRARY, OWN], required=True,
            label_visibility="collapsed", format_func=kinds.get,
            **_args(store, workspace, outcome, "value_kind"))
        if ss.get(key(outcome.item_id, "value_kind")) == OWN:
            left, right = box.columns([1, 2])
            _number(left, t("workshop.step5.own_value", lang), store, workspace, outcome,
                    "own_value", lang)
            right.text_input(t("workshop.step5.own_source", lang), max_chars=500,
                             live=LIVE, **_args(store, workspace, outcome, "own_source"))
        else:
            box.selectbox(t("workshop.step5.pick", lang), list(choices),
                          format_func=choices.get, placeholder=t("workshop.step5.pick_hint", lang),
                          **_args(store, workspace, outcome, "proxy_key"))
            chosen = ss.get(key(outcome.item_id, "proxy_key"))
            if chosen in captions:
                box.caption(captions[chosen])
        box.selectbox(t("workshop.step5.sector", lang), sectors,
                      format_func=lambda s: sector_label(s or None, lang),
                      placeholder=sector_label(None, lang),
                      **_args(store, workspace, outcome, "sector"))


def _step_ours(store, workspace: Workspace, design: Design, designed: DesignedMap,
               result: ProjectResult, lang: str) -> None:
    st.caption(t("workshop.step6.intro", lang))
    values = dict(zip(result.effects["effect"].astype(int), result.effects["pv_benefits"]))
    status = {s.item_id: s for s in designed.outcomes}
    for box, outcome in _each_outcome(design, lang):
        left, right = box.columns(2)
        _number(left, t("workshop.step6.deadweight", lang), store, workspace, outcome,
                "deadweight", lang, placeholder=t("workshop.step6.deadweight_hint", lang))
        _number(right, t("workshop.step6.attribution", lang), store, workspace, outcome,
                "attribution", lang, placeholder=t("workshop.step6.attribution_hint", lang))
        state = status[outcome.item_id]
        if state.counted:
            box.caption(t("workshop.step6.counts", lang,
                          value=formats.euro(float(values[state.effect]), lang)))
        else:
            box.caption(t("workshop.step6.waiting", lang,
                          needs=md(", ".join(state.missing_text(lang)))))


def show(store: Store, workspace: Workspace, design: Design, designed: DesignedMap,
         result: ProjectResult, lang: str = "nl") -> None:
    sync(design, lang)
    if FLASH in ss:
        st.warning(md(ss.pop(FLASH)), icon=":material/info:")
    # Only the open step runs: a save reruns the page, and the browser redraws every
    # widget it is sent, hidden tabs included (a room of 30 on one laptop feels that).
    labels, tab = step_labels(lang), step_key(workspace.id)
    other = step_labels("en" if lang == "nl" else "nl")
    if ss.get(tab) in other:  # the language changed: stay on the same step
        ss[tab] = labels[other.index(ss[tab])]
    tabs = st.tabs(labels, key=page_key(tab), on_change="rerun")
    steps = [lambda: _step_project(store, workspace, design, lang),
             lambda: _step_stakeholders(store, workspace, design, lang),
             lambda: _step_outcomes(store, workspace, design, lang),
             lambda: _step_indicators(store, workspace, design, lang),
             lambda: _step_values(store, workspace, design, lang),
             lambda: _step_ours(store, workspace, design, designed, result, lang)]
    for tab, step in zip(tabs, steps):
        if tab.open:
            with tab:
                step()
                _step_buttons(workspace.id, labels, lang)
