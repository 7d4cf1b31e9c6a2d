"""Workshop-overzicht for the facilitator: every attendee's map at once, refreshing by itself.

Needs the facilitator code (checked once, then kept in session state, never in
the URL). All attendees' saved projects go through ONE `compute_portfolio`
call (`workshop_overview.room_of`): rendementsfactor per attendee against the
SEOR benchmark, what the room names most, FTE saved per sector across the
room. One click puts an attendee's map on the projector. Export the whole
workshop, or delete all of it (privacy).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import streamlit as st

from impactkaart.portfolio import charts as portfolio_charts
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.safe import md
from impactkaart.text.summary import fte_text, seor_benchmark
from impactkaart.workshop.charts import named_chart, named_data, without_verdict
from impactkaart.workshop.overview import (
    Room,
    named_sectors,
    named_stakeholders,
    room_of,
    room_xlsx,
    room_zip,
)
from impactkaart.workshop.rooms import (
    delete_workshop,
    designed_map,
    get_workshop,
    load_design,
    normalise_code,
    room_signature,
    workspaces_of,
)
from views.components import language, workshop_access, workshop_map, workshop_room
from views.components.export_audit import audited
from views.components.page import open_page
from views.components.session import get_store, page_key

REFRESH_SECONDS = 5
BEAMER_PAGE = str(Path(__file__).resolve().parent / "beamer.py")
BEAMER_KEY = "workshop_beamer"  # workspace id on the projector
PICK_KEY = "overzicht_beamer_keuze"
DONE_KEY = "workshop_verwijderd"

ss = st.session_state


@st.cache_resource(max_entries=16, show_spinner=False)
def _room_page(db_path: str, workshop_id: str, signature: tuple,  # noqa: ARG001 - key
               lang: str) -> dict:
    """The room and its chart specs, until anyone saves anything (the signature changes)."""
    store = get_store()
    workshop = get_workshop(store, workshop_id)
    room = room_of(store, workshop, store.reference)
    page = {"room": room, "factor": None, "stakeholders": None, "sectors": None, "fte": None}
    if room.view is None:
        return page
    data = portfolio_charts.project_data(room.view, lang)
    data["name"] = [a.label for a in room.attendees]
    # Its height is a step per bar, with room for each name (impactkaart.charts.base).
    page["factor"] = without_verdict(
        portfolio_charts.factor_chart(data, room.view.benchmark, lang).to_dict())
    stakeholders = named_stakeholders(room, lang)
    if len(stakeholders):
        page["stakeholders"] = named_chart(
            named_data(stakeholders.head(12), "label", lang), t("workshop.named.stakeholders", lang),
            t("workshop.named.subtitle", lang), lang).to_dict()
    sectors = named_sectors(room, lang)
    if len(sectors):
        page["sectors"] = named_chart(
            named_data(sectors, "label", lang), t("workshop.named.sectors", lang),
            t("workshop.named.subtitle", lang), lang).to_dict()
    fte = portfolio_charts.fte_sector_data(room.view, lang)
    if len(fte):
        # Only what the chart draws: the sector keys would reach the spec as Dutch words.
        page["fte"] = portfolio_charts.fte_sector_chart(fte[["label", "fte", "fte_text"]],
                                                        lang).to_dict()
    return page


def load_room(workshop_id: str, lang: str) -> dict:
    store = get_store()
    return _room_page(str(store.path), workshop_id, room_signature(store, workshop_id), lang)


def _pick() -> None:
    if ss.get(PICK_KEY):
        ss[BEAMER_KEY] = ss[PICK_KEY]
    ss[PICK_KEY] = None


def _off_beamer() -> None:
    ss.pop(BEAMER_KEY, None)


def attendee_table(room: Room, lang: str) -> pd.DataFrame:
    table = room.table()
    return pd.DataFrame({
        t("workshop.overview.col_attendee", lang): [md(label) for label in table["label"]],  # Markdown
        t("rendementsfactor", lang): [formats.factor(None if pd.isna(f) else float(f), lang, decimals=2)
                                      for f in table["rendementsfactor"]],
        t("workshop.overview.col_benefits", lang): [formats.euro(float(v), lang)
                                                    for v in table["pv_benefits"]],
        t("workshop.overview.col_costs", lang): [formats.euro(float(v), lang)
                                                 for v in table["pv_costs"]],
        t("workshop.overview.col_fte", lang): [fte_text(float(v), lang) for v in table["fte_total"]],
        t("workshop.overview.col_effects", lang): [
            t("workshop.overview.complete", lang, n=c, total=n)
            for c, n in zip(table["counted"], table["outcomes"])],
        t("workshop.overview.col_saved", lang): [
            stamp.strftime("%H:%M:%S") if isinstance(stamp, dt.datetime) else "–"
            for stamp in table["updated_at"]],
    })


@st.fragment(run_every=REFRESH_SECONDS)
def live_overview(workshop_id: str) -> None:
    lang = language.current()
    page = load_room(workshop_id, lang)
    room: Room = page["room"]
    workshop_room.rejoin_requests(get_store(), room.workshop, lang)
    if not room.attendees:
        st.info(t("workshop.overview.nobody", lang, page=t("nav.meedoen", lang),
                  code=room.workshop.join_code), icon=":material/hourglass_empty:")
        return
    view = room.view
    n = len(room.attendees)
    cols = st.columns(4)
    cols[0].metric(t("workshop.overview.attendees", lang), n)
    # SEOR as context only: no verdict on anyone's factor.
    cols[1].metric(t("workshop.room.seor_context", lang), formats.factor(view.benchmark, lang),
                   help=t("workshop.overview.seor_help", lang,
                          value=formats.factor(view.benchmark, lang),
                          n=seor_benchmark().n_cases))
    cols[2].metric(t("workshop.overview.fte_room", lang), fte_text(view.fte_total, lang))
    cols[3].metric(t("workshop.overview.complete_effects", lang),
                   t("workshop.overview.of", lang,
                     n=sum(a.designed.n_counted for a in room.attendees),
                     total=sum(len(a.designed.outcomes) for a in room.attendees)))
    st.pills(t("workshop.overview.projector", lang), [a.workspace.id for a in room.attendees],
             format_func=lambda ws: md({a.workspace.id: a.label for a in room.attendees}[ws]),
             key=page_key(PICK_KEY), on_change=_pick)
    if ss.get(BEAMER_KEY):
        st.rerun()  # the whole page: the projector view replaces the overview
    if page["factor"] is not None:
        st.vega_lite_chart(spec=page["factor"], key="overzicht_factor")
    else:
        st.caption(t("workshop.overview.no_factors", lang))
    st.table(attendee_table(room, lang), hide_index=True)
    left, right = st.columns(2, gap="large")
    with left:
        if page["stakeholders"] is not None:
            st.vega_lite_chart(spec=page["stakeholders"], key="overzicht_belanghebbenden")
    with right:
        if page["sectors"] is not None:
            st.vega_lite_chart(spec=page["sectors"], key="overzicht_sectoren")
    if page["fte"] is not None:
        st.vega_lite_chart(spec=page["fte"], key="overzicht_fte")
    else:
        st.caption(t("workshop.overview.no_fte", lang))
    st.caption(t("workshop.overview.updated", lang, time=dt.datetime.now(),
                 seconds=REFRESH_SECONDS))


@st.fragment(run_every=REFRESH_SECONDS)
def live_beamer(workshop_id: str, workspace_id: str) -> None:
    lang = language.current()
    store = get_store()
    workspace = next((w for w in workspaces_of(store, workshop_id) if w.id == workspace_id), None)
    if workspace is None:
        st.info(t("workshop.overview.gone", lang))
        return
    st.title(md(workspace.attendee))
    designed = designed_map(load_design(store, workspace.id), workspace, store.reference)
    workshop_map.show(designed, workshop_map.result_of(designed.project), lang, big=True,
                      key=page_key("beamer_kaart"))


def exports(workshop, lang: str) -> None:
    store = get_store()
    st.subheader(t("workshop.export.title", lang))
    st.caption(t("workshop.export.intro", lang))
    buttons = st.container(horizontal=True)
    stem = f"workshop-{workshop.join_code.lower()}"
    buttons.download_button(
        t("workshop.export.xlsx", lang), data=audited(lambda: room_xlsx(room_of(store, workshop), lang=lang),
                                                  f"{stem}.xlsx"),
        file_name=f"{stem}.xlsx", key="workshop_export_xlsx", on_click="ignore",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/table_view:")
    buttons.download_button(
        t("workshop.export.zip", lang), data=audited(lambda: room_zip(room_of(store, workshop), lang=lang),
                                                 f"{stem}.zip"),
        file_name=f"{stem}.zip", mime="application/zip", key="workshop_export_zip",
        on_click="ignore", icon=":material/folder_zip:", type="primary")


def deletion(workshop, lang: str) -> None:
    store = get_store()
    with st.expander(t("workshop.delete.title", lang), icon=":material/delete_forever:"):
        n = len(workspaces_of(store, workshop.id))
        st.markdown(t("workshop.delete.intro", lang, n=n))
        typed = st.text_input(t("workshop.delete.confirm", lang), key=page_key("verwijderen_bevestiging"))
        if st.button(t("workshop.delete.button", lang), type="primary",
                     key="workshop_verwijderen", icon=":material/delete_forever:",
                     disabled=normalise_code(typed) != workshop.join_code):
            workspaces, projects = delete_workshop(store, workshop.id)
            workshop_access.leave(store)
            ss.pop(BEAMER_KEY, None)
            ss[DONE_KEY] = t("workshop.delete.done", lang, name=md(workshop.name),
                             workspaces=workspaces, projects=projects)
            st.rerun()


page = open_page("workshop.overview.title", needs_project=False, flash=DONE_KEY)
lang, store = page.lang, page.store
workshop = workshop_access.current(store)
if workshop is None:
    workshop_access.login_form(store, lang)
    st.stop()

state = t("workshop.overview.expired", lang) if workshop.expired() else \
    t("workshop.overview.kept", lang, day=workshop.last_day)
top, out = st.columns([5, 1], vertical_alignment="center")
top.markdown(t("workshop.overview.heading", lang, name=md(workshop.name), day=workshop.held_on,
               code=workshop.join_code, state=state))
out.button(t("workshop.overview.logout", lang), key="begeleider_afmelden",
           on_click=workshop_access.leave, args=(store,), icon=":material/logout:")

beamer = ss.get(BEAMER_KEY)
if beamer:
    st.button(t("workshop.overview.back", lang), key="beamer_terug", on_click=_off_beamer,
              icon=":material/arrow_back:")
    live_beamer(workshop.id, beamer)
    st.stop()

with st.expander(t("workshop.room.join_title", lang), icon=":material/qr_code_2:",
                 expanded=not workspaces_of(store, workshop.id)):
    workshop_room.join_slide(workshop, lang)
st.page_link(BEAMER_PAGE, label=t("workshop.room.open_beamer", lang),
             icon=":material/present_to_all:")
workshop_room.step_controls(store, workshop, lang)
live_overview(workshop.id)
workshop_room.hand_back(store, workshop, workspaces_of(store, workshop.id), lang)
st.divider()
exports(workshop, lang)
deletion(workshop, lang)
