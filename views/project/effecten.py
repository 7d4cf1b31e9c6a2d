"""Effecten bewerken: the impact map as editable tables, saved only when valid.

The tables start from a draft (``st.session_state["effecten_draft"]``) made
from the saved project; edits live in the editors until *Opslaan*. Every run
checks the edited tables with `project_from_tables` (the one validator), so
errors show per row and column while typing, and an invalid table is never
saved. Picking a library proxy rewrites the draft (the editors' edits are
folded in first, so nothing typed is lost).
"""

from __future__ import annotations

import streamlit as st

from impactkaart.authoring.editing import (
    COST_COLUMNS,
    EFFECT_COLUMNS,
    QUALITATIVE_COLUMNS,
    TableError,
    apply_proxy,
    costs_frame,
    effects_frame,
    project_from_tables,
    qualitative_frame,
)
from impactkaart.core.proxies import proxy_row
from impactkaart.core.reference import default_reference
from impactkaart.io.project_file import project_json
from impactkaart.text import formats
from impactkaart.text.names import sector_label
from impactkaart.text.proxies import proxy_choices, source_text, trust_mark
from views.components import project_io
from views.components.session import get_store, project_picker

DRAFT, FLASH, VERSION = "effecten_draft", "effecten_flash", "effecten_versie"

ss = st.session_state
reference = default_reference()


def editor_key(table: str) -> str:
    """Editors are keyed per draft version: a new draft starts with no pending edits."""
    names = {"effects": "effecten_tabel", "costs": "kosten_tabel",
             "qualitative": "kwalitatief_tabel"}
    return f"{names[table]}_{ss[VERSION]}"


def fresh_draft(project_id: int, project) -> dict:
    ss[VERSION] = ss.get(VERSION, 0) + 1
    return {
        "project_id": project_id,
        "base": project_json(project),  # the saved project this draft started from
        "effects": effects_frame(project),
        "costs": costs_frame(project),
        "qualitative": qualitative_frame(project),
    }


def effect_columns(project) -> dict:
    sectors = sorted(set(reference.sector_figures) | {s.sector for s in project.sectors})
    share = dict(min_value=0.0, max_value=1.0, step=0.01, format="%.2f")
    h = EFFECT_COLUMNS
    return {
        "outcome": st.column_config.TextColumn(h["outcome"], width="large",
                                               help="Wat verandert er, in woorden."),
        "stakeholder": st.column_config.TextColumn(
            h["stakeholder"], help="Wie de waarde krijgt: gemeente, zorgverzekeraar, "
            "politie_justitie, deelnemer, werkgever, school, woningcorporatie, …"),
        "sector": st.column_config.SelectboxColumn(
            h["sector"], options=sectors, format_func=sector_label,
            help="Waar personeel tijd bespaart (leeg: geen arbeidsmarkteffect)."),
        "quantity": st.column_config.NumberColumn(h["quantity"], min_value=0.0, format="localized"),
        "proxy": st.column_config.NumberColumn(h["proxy"], format="localized",
                                               help="Kies liever een proxy uit de bibliotheek hieronder."),
        "proxy_source": st.column_config.TextColumn(h["proxy_source"], width="medium"),
        "proxy_key": st.column_config.TextColumn(h["proxy_key"], disabled=True),
        "start_year": st.column_config.NumberColumn(h["start_year"], min_value=1,
                                                    max_value=50, step=1, default=1),
        "duration": st.column_config.NumberColumn(h["duration"], min_value=1,
                                                  max_value=50, step=1, default=1),
        "deadweight": st.column_config.NumberColumn(
            h["deadweight"], **share, help="Deel dat zonder het project ook was gebeurd (0–1)."),
        "displacement": st.column_config.NumberColumn(
            h["displacement"], **share, default=0.0,
            help="Deel dat alleen naar elders is verschoven (0–1)."),
        "attribution": st.column_config.NumberColumn(
            h["attribution"], **share, help="Deel van de verandering dat door anderen komt (0–1)."),
        "drop_off": st.column_config.NumberColumn(
            h["drop_off"], **share, default=0.0,
            help="Deel waarmee het effect elk jaar na het eerste afneemt (0–1)."),
        "hours_per_unit": st.column_config.NumberColumn(
            h["hours_per_unit"], min_value=0.0,
            help="Uren die de sector per eenheid bespaart (leeg: via loonkostenaandeel)."),
    }


def show_errors(error: TableError | None, table: str) -> None:
    if error is None:
        return
    for problem in error.for_table(table):
        st.error(str(problem), icon="⚠️")


def proxy_picker(effects) -> None:
    """Search the sourced library and fill proxy, proxy_key and proxy_source of one row."""
    st.subheader("Proxy kiezen uit de bibliotheek")
    if effects.empty:
        st.caption("Voeg eerst een effect toe in de tabel hierboven.")
        return
    choices = proxy_choices(reference)
    left, right = st.columns([1, 2])
    row = left.selectbox(
        "Voor welk effect?", range(len(effects)), key="proxy_rij",
        format_func=lambda i: f"Rij {i + 1}: {effects.iloc[i]['outcome'] or '(nieuw effect)'}",
    )
    key = right.selectbox(
        "Proxy (typ om te zoeken)", list(choices), index=None, key="proxy_keuze",
        format_func=choices.get, placeholder="bijvoorbeeld 'huisarts', 'delict' of 'bijstand'",
    )
    if key is None:
        return
    library = proxy_row(key, reference)
    mark = ":orange-badge[illustratief]" if library["illustratief"] else \
        f":green-badge[{trust_mark(library)}]"
    st.markdown(
        f"**{library['label_nl']}**: {formats.euro(float(library['value']), decimals=2)} "
        f"{library['unit'].removeprefix('EUR ')} {mark}  \n"
        f"Bron: {source_text(library)}"
        + (f" · [link]({library['url']})" if library["url"] else "")
    )
    if library["note"]:
        st.caption(library["note"])
    if st.button(f"Invullen in rij {row + 1}", key="proxy_invullen"):
        ss[DRAFT]["effects"] = apply_proxy(effects, row, key, reference)
        ss[DRAFT]["costs"], ss[DRAFT]["qualitative"] = edited["costs"], edited["qualitative"]
        ss[VERSION] += 1
        ss[FLASH] = f"Proxy '{library['label_nl']}' ingevuld in rij {row + 1}; nog niet opgeslagen."
        st.rerun()


st.title("Effecten bewerken")
picked = project_picker()
if not picked:
    st.stop()
project_id, project = picked
if ss.get(DRAFT, {}).get("project_id") != project_id or \
        ss[DRAFT]["base"] != project_json(project):
    ss[DRAFT] = fresh_draft(project_id, project)
draft = ss[DRAFT]
if FLASH in ss:
    st.success(ss.pop(FLASH))
st.caption(
    "De impactkaart als tabel. Wijzig cellen, voeg rijen toe (onderaan de tabel) of "
    "verwijder ze (vink de rij aan en kies het prullenbakje). Fouten verschijnen meteen onder "
    "de tabel; pas als alles klopt kunt u opslaan. Bewaarde gegevens gaan nooit verloren "
    "door een fout."
)

with st.expander("Projectgegevens", expanded=False):
    name = st.text_input("Naam", value=project.name, key=f"ed_naam_{ss[VERSION]}")
    years = st.number_input("Looptijd (jaren)", min_value=1, max_value=50, step=1,
                            value=project.years, key=f"ed_looptijd_{ss[VERSION]}")

edited = {}
st.subheader("Effecten (in geld uitgedrukt)")
edited["effects"] = st.data_editor(
    draft["effects"], key=editor_key("effects"), num_rows="dynamic", hide_index=True,
    column_config=effect_columns(project), width="stretch",
)
effects_slot = st.container()
proxy_slot = st.container()

st.subheader("Kosten per jaar, per financier")
edited["costs"] = st.data_editor(
    draft["costs"], key=editor_key("costs"), num_rows="dynamic", hide_index=True,
    column_config={
        "year": st.column_config.NumberColumn(COST_COLUMNS["year"], min_value=1,
                                              max_value=50, step=1, default=1),
        "financier": st.column_config.TextColumn(
            COST_COLUMNS["financier"], help="gemeente, zorgverzekeraar, aanbieder, fonds, rijk, …"),
        "amount": st.column_config.NumberColumn(COST_COLUMNS["amount"], min_value=0.0,
                                                format="localized"),
    },
)
costs_slot = st.container()

st.subheader("Kwalitatieve effecten (niet in geld)")
st.caption("Wat het project oplevert maar niet in euro's uit te drukken is, zoals rust of "
           "minder eenzaamheid. Deze staan op de Impactkaart naast de cijfers.")
edited["qualitative"] = st.data_editor(
    draft["qualitative"], key=editor_key("qualitative"), num_rows="dynamic", hide_index=True,
    column_config={
        "outcome": st.column_config.TextColumn(QUALITATIVE_COLUMNS["outcome"], width="large"),
        "stakeholder": st.column_config.TextColumn(QUALITATIVE_COLUMNS["stakeholder"]),
        "direction": st.column_config.SelectboxColumn(
            QUALITATIVE_COLUMNS["direction"], options=["+", "-"], default="+",
            format_func={"+": "+ positief", "-": "− negatief"}.get),
        "strength": st.column_config.NumberColumn(
            QUALITATIVE_COLUMNS["strength"], min_value=1, max_value=3, step=1, default=2,
            help="1 = klein, 2 = duidelijk, 3 = groot"),
    },
)
qualitative_slot = st.container()

problems: TableError | None = None
try:
    candidate = project_from_tables(project, edited["effects"], edited["costs"],
                                    edited["qualitative"], reference, name=name, years=years)
except TableError as exc:
    problems, candidate = exc, None
with effects_slot:
    show_errors(problems, "effects")
with costs_slot:
    show_errors(problems, "costs")
with qualitative_slot:
    show_errors(problems, "qualitative")
    show_errors(problems, "project")
with proxy_slot:
    proxy_picker(edited["effects"])

changed = candidate is None or project_json(candidate) != draft["base"]
save, undo, status = st.columns([1, 1, 3])
if save.button("Opslaan", key="effecten_opslaan", type="primary", disabled=not changed):
    if candidate is None:
        status.error(f"Niet opgeslagen: los eerst de {len(problems.errors)} fout(en) hierboven op.")
    else:
        get_store().save_project(candidate, project_id)
        ss[FLASH] = "Opgeslagen."
        del ss[DRAFT]
        st.rerun()
if undo.button("Wijzigingen ongedaan maken", key="effecten_herstel", disabled=not changed):
    del ss[DRAFT]
    st.rerun()
if changed:
    status.caption("Er zijn wijzigingen die nog niet zijn opgeslagen." if candidate is not None
                   else "Niet opgeslagen: er staan fouten in de tabellen.")

st.divider()
st.subheader("Projectbestand (JSON)")
project_io.show(project)
