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

import pandas as pd
import streamlit as st

from impactkaart.portfolio import charts as portfolio_charts
from impactkaart.text import formats
from impactkaart.text.safe import md
from impactkaart.text.summary import fte_text, seor_benchmark
from impactkaart.workshop.charts import named_chart, named_data
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
from views.components import workshop_access, workshop_map
from views.components.session import get_store

REFRESH_SECONDS = 5
BEAMER_KEY = "workshop_beamer"  # workspace id on the projector
PICK_KEY = "overzicht_beamer_keuze"
DONE_KEY = "workshop_verwijderd"

ss = st.session_state


@st.cache_resource(max_entries=16, show_spinner=False)
def _room_page(db_path: str, workshop_id: str, signature: tuple) -> dict:  # noqa: ARG001 - key
    """The room and its chart specs, until anyone saves anything (the signature changes)."""
    store = get_store()
    workshop = get_workshop(store, workshop_id)
    room = room_of(store, workshop, store.reference)
    page = {"room": room, "factor": None, "stakeholders": None, "sectors": None, "fte": None}
    if room.view is None:
        return page
    data = portfolio_charts.project_data(room.view)
    data["name"] = [a.label for a in room.attendees]
    page["factor"] = portfolio_charts.factor_chart(data, room.view.benchmark).to_dict()
    # Room for every name on the axis (the portfolio's chart is sized for many small bars).
    page["factor"]["height"] = 170 + 34 * len(room.attendees)
    stakeholders = named_stakeholders(room)
    if len(stakeholders):
        page["stakeholders"] = named_chart(
            named_data(stakeholders.head(12), "label"), "Belanghebbenden die de zaal noemt",
            "Hoeveel deelnemers ze noemen").to_dict()
    sectors = named_sectors(room)
    if len(sectors):
        page["sectors"] = named_chart(
            named_data(sectors, "label"), "Sectoren waar werk bespaard wordt",
            "Hoeveel deelnemers ze noemen").to_dict()
    fte = portfolio_charts.fte_sector_data(room.view)
    if len(fte):
        page["fte"] = portfolio_charts.fte_sector_chart(fte).to_dict()
    return page


def load_room(workshop_id: str) -> dict:
    store = get_store()
    return _room_page(str(store.path), workshop_id, room_signature(store, workshop_id))


def _pick() -> None:
    if ss.get(PICK_KEY):
        ss[BEAMER_KEY] = ss[PICK_KEY]
    ss[PICK_KEY] = None


def _off_beamer() -> None:
    ss.pop(BEAMER_KEY, None)


def attendee_table(room: Room) -> pd.DataFrame:
    table = room.table()
    return pd.DataFrame({
        "Deelnemer": [md(label) for label in table["label"]],  # st.table renders Markdown
        "Rendementsfactor": [formats.factor(None if pd.isna(f) else float(f), decimals=2)
                             for f in table["rendementsfactor"]],
        f"SEOR {formats.number(room.view.benchmark, decimals=1)}": ["boven" if a else ("onder" if not pd.isna(f) else "–")
                     for a, f in zip(table["above_benchmark"], table["rendementsfactor"])],
        "Baten (CW)": [formats.euro(float(v)) for v in table["pv_benefits"]],
        "Kosten (CW)": [formats.euro(float(v)) for v in table["pv_costs"]],
        "Bespaarde fte": [fte_text(float(v)) for v in table["fte_total"]],
        "Effecten": [f"{c} van {n} compleet" for c, n in zip(table["counted"], table["outcomes"])],
        "Laatst bewaard": [t.strftime("%H:%M:%S") if isinstance(t, dt.datetime) else "–"
                           for t in table["updated_at"]],
    })


@st.fragment(run_every=REFRESH_SECONDS)
def live_overview(workshop_id: str) -> None:
    page = load_room(workshop_id)
    room: Room = page["room"]
    if not room.attendees:
        st.info(f"Nog niemand doet mee. Deelnemers openen deze app, kiezen *Meedoen aan een "
                f"workshop* en vullen de code **{room.workshop.join_code}** in.",
                icon=":material/hourglass_empty:")
        return
    view = room.view
    cols = st.columns(4)
    cols[0].metric("Deelnemers", len(room.attendees))
    cols[1].metric("Boven het SEOR-gemiddelde", f"{view.n_above_benchmark} van {len(room.attendees)}",
                   help=f"SEOR-benchmark {formats.factor(view.benchmark)}: gemiddeld rendement van "
                        f"sociaal werk ({seor_benchmark().n_cases} businesscases).")
    cols[2].metric("Bespaarde fte in de zaal", fte_text(view.fte_total))
    cols[3].metric("Effecten compleet",
                   f"{sum(a.designed.n_counted for a in room.attendees)} van "
                   f"{sum(len(a.designed.outcomes) for a in room.attendees)}")
    st.pills("Op de beamer (klik een deelnemer)", [a.workspace.id for a in room.attendees],
             format_func=lambda ws: md({a.workspace.id: a.label for a in room.attendees}[ws]),
             key=PICK_KEY, on_change=_pick)
    if ss.get(BEAMER_KEY):
        st.rerun()  # the whole page: the projector view replaces the overview
    if page["factor"] is not None:
        st.vega_lite_chart(spec=page["factor"], key="overzicht_factor")
    else:
        st.caption("Nog geen rendementsfactoren: niemand heeft kosten ingevuld.")
    st.table(attendee_table(room), hide_index=True)
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
        st.caption("Nog geen bespaarde fte: geen compleet effect met een sector.")
    st.caption(f"Bijgewerkt om {dt.datetime.now():%H:%M:%S}; ververst elke {REFRESH_SECONDS} "
               "seconden vanzelf. Alle cijfers komen uit één berekening van alle opgeslagen "
               "projecten; alleen complete effecten tellen mee.")


@st.fragment(run_every=REFRESH_SECONDS)
def live_beamer(workshop_id: str, workspace_id: str) -> None:
    store = get_store()
    workspace = next((w for w in workspaces_of(store, workshop_id) if w.id == workspace_id), None)
    if workspace is None:
        st.info("Deze deelnemer is er niet meer.")
        return
    st.title(md(workspace.attendee))
    designed = designed_map(load_design(store, workspace.id), workspace, store.reference)
    workshop_map.show(designed, workshop_map.result_of(designed.project), big=True,
                      key="beamer_kaart")


def exports(workshop) -> None:
    store = get_store()
    st.subheader("Exporteren")
    st.caption("Alles van deze workshop zoals het nu is opgeslagen: een Excel-overzicht "
               "(deelnemers, effecten met indicatoren, kosten) en de projectbestanden (JSON) "
               "die elke Impactkaart weer kan openen.")
    buttons = st.container(horizontal=True)
    stem = f"workshop-{workshop.join_code.lower()}"
    buttons.download_button(
        "Overzicht (Excel)", data=lambda: room_xlsx(room_of(store, workshop)),
        file_name=f"{stem}.xlsx", key="workshop_export_xlsx", on_click="ignore",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/table_view:")
    buttons.download_button(
        "Alles (zip: Excel en projectbestanden)", data=lambda: room_zip(room_of(store, workshop)),
        file_name=f"{stem}.zip", mime="application/zip", key="workshop_export_zip",
        on_click="ignore", icon=":material/folder_zip:", type="primary")


def deletion(workshop) -> None:
    store = get_store()
    with st.expander("Workshop verwijderen (privacy)", icon=":material/delete_forever:"):
        n = len(workspaces_of(store, workshop.id))
        st.markdown(f"Verwijdert deze workshop met alle **{n}** werkplekken en hun projecten, "
                    "definitief. Exporteer eerst wat je wilt bewaren.")
        typed = st.text_input("Typ ter bevestiging de deelnamecode", key="verwijderen_bevestiging")
        if st.button("Alles van deze workshop verwijderen", type="primary",
                     key="workshop_verwijderen", icon=":material/delete_forever:",
                     disabled=normalise_code(typed) != workshop.join_code):
            workspaces, projects = delete_workshop(store, workshop.id)
            workshop_access.leave()
            ss.pop(BEAMER_KEY, None)
            ss[DONE_KEY] = (f"Workshop '{workshop.name}' is verwijderd: {workspaces} werkplekken "
                            f"en {projects} projecten.")
            st.rerun()


st.title("Workshop-overzicht")
store = get_store()
if DONE_KEY in ss:
    st.success(md(ss.pop(DONE_KEY)), icon=":material/check_circle:")
workshop = workshop_access.current(store)
if workshop is None:
    workshop_access.login_form(store)
    st.stop()

state = "verlopen: niemand kan nog meedoen" if workshop.expired() else \
    f"bewaard tot en met {workshop.last_day:%d-%m-%Y}"
top, out = st.columns([5, 1], vertical_alignment="center")
top.markdown(f"**{md(workshop.name)}** · {workshop.held_on:%d-%m-%Y} · deelnamecode "
             f"**{workshop.join_code}** · {state}")
out.button("Afmelden", key="begeleider_afmelden", on_click=workshop_access.leave,
           icon=":material/logout:")

beamer = ss.get(BEAMER_KEY)
if beamer:
    st.button("Terug naar het overzicht", key="beamer_terug", on_click=_off_beamer,
              icon=":material/arrow_back:")
    live_beamer(workshop.id, beamer)
    st.stop()

live_overview(workshop.id)
st.divider()
exports(workshop)
deletion(workshop)
