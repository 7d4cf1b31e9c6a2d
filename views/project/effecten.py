"""Effecten bewerken: the impact map as editable tables, saved only when valid.

The tables start from a draft (``st.session_state["effecten_draft"]``) made
from the saved project; edits live in the editors until *Opslaan*. Every run
checks the edited tables with `project_from_tables` (the one validator), so
errors show per row and column while typing, and an invalid table is never
saved. Picking a library proxy rewrites the draft (the editors' edits are
folded in first, so nothing typed is lost). The tables show names of parties,
sectors and library values in the chosen language (`table_names`), never keys.
"""

from __future__ import annotations

import streamlit as st

from impactkaart.authoring.editing import (
    DEFAULTS,
    TableError,
    apply_proxy,
    costs_frame,
    effects_frame,
    headers,
    party_help,
    project_from_tables,
    qualitative_frame,
    reader_note,
    renamed,
    table_names,
)
from impactkaart.core.proxies import proxy_row
from impactkaart.core.reference import default_reference
from impactkaart.io.project_file import project_json
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.names import data_text
from impactkaart.text.proxies import overlap_warnings, proxy_choices, source_text, trust_mark
from views.components import cohorts, conventions, in_kind, plausibility, project_io, results
from views.components import versions as versions_view
from views.components.numbers import number_field
from views.components.page import open_page
from views.components.session import project_key

DRAFT, FLASH, VERSION = "effecten_draft", "effecten_flash", "effecten_versie"
PROXY_FLASH = "effecten_proxy_flash"  # shown beside the fill-in button, where the user looks

ss = st.session_state
reference = default_reference()


def editor_key(table: str) -> str:
    """Editors are keyed per draft version: a new draft starts with no pending edits."""
    names = {"effects": "effecten_tabel", "costs": "kosten_tabel",
             "qualitative": "kwalitatief_tabel"}
    return project_key(f"{names[table]}_{ss[VERSION]}")


def fresh_draft(project_id: int, project) -> dict:
    ss[VERSION] = ss.get(VERSION, 0) + 1
    return {
        "project_id": project_id,
        "base": project_json(project),  # the saved project this draft started from
        "names": names,  # the names its tables show
        "effects": effects_frame(project, names),
        "costs": costs_frame(project, names),
        "qualitative": qualitative_frame(project, names),
    }


def number_column(header: str, default: str | None = None, percent: bool = False, **more):
    """A number typed as text, the Dutch way (see `NUMBER_KINDS` in authoring.editing);
    a share is typed and shown in %."""
    return st.column_config.TextColumn(header + (" (%)" if percent else ""), default=default,
                                       **more)


def effect_columns() -> dict:
    h = headers("effects", lang)
    new = DEFAULTS["effects"]
    return {
        "outcome": st.column_config.TextColumn(h["outcome"], width="large",
                                               help=t("effects.help_outcome", lang)),
        "stakeholder": st.column_config.TextColumn(
            h["stakeholder"], help=party_help("stakeholder", names)),
        "sector": st.column_config.SelectboxColumn(
            h["sector"], options=names.sectors, help=t("effects.help_sector", lang)),
        "quantity": number_column(h["quantity"]),
        "proxy": number_column(h["proxy"], help=t("effects.help_proxy", lang)),
        "proxy_source": st.column_config.TextColumn(h["proxy_source"], width="medium"),
        "proxy_key": st.column_config.TextColumn(h["proxy_key"], disabled=True),
        "start_year": number_column(h["start_year"], new["start_year"]),
        "duration": number_column(h["duration"], new["duration"]),
        "deadweight": number_column(h["deadweight"], percent=True,
                                    help=t("effects.help_deadweight", lang)),
        "displacement": number_column(h["displacement"], new["displacement"], percent=True,
                                      help=t("effects.help_displacement", lang)),
        "attribution": number_column(h["attribution"], percent=True,
                                     help=t("effects.help_attribution", lang)),
        "drop_off": number_column(h["drop_off"], new["drop_off"], percent=True,
                                  help=t("effects.help_drop_off", lang)),
        "hours_per_unit": number_column(h["hours_per_unit"], help=t("effects.help_hours", lang)),
    }


def show_errors(error: TableError | None, table: str) -> None:
    if error is None:
        return
    for problem in error.for_table(table):
        st.error(problem.text(lang), icon="⚠️")


def proxy_picker(effects) -> None:
    """Search the sourced library and fill proxy, proxy_key and proxy_source of one row."""
    st.subheader(t("effects.picker_title", lang))
    if effects.empty:
        st.caption(t("effects.picker_empty", lang))
        return
    choices = proxy_choices(reference, lang)
    left, right = st.columns([1, 2])
    row = left.selectbox(
        t("effects.picker_row", lang), range(len(effects)), key=project_key("proxy_rij"),
        format_func=lambda i: t("effects.picker_row_label", lang, row=i + 1,
                                outcome=effects.iloc[i]["outcome"] or t("effects.new_effect", lang)),
    )
    key = right.selectbox(
        t("effects.picker_proxy", lang), list(choices), index=None, key=project_key("proxy_keuze"),
        format_func=choices.get, placeholder=t("effects.picker_placeholder", lang),
    )
    if key is None:
        return
    library = proxy_row(key, reference)
    label = data_text(library, "label", lang)
    badge = "orange" if library["illustratief"] else "green"
    st.markdown(
        f"**{label}**: {formats.euro(float(library['value']), lang=lang, decimals=2)} "
        f"{data_text(library, 'unit', lang).removeprefix('EUR ')} "
        f":{badge}-badge[{trust_mark(library, lang)}]  \n"
        + t("effects.source", lang, source=source_text(library, lang))
        + (f" · [link]({library['url']})" if library["url"] else "")
    )
    note = reader_note(data_text(library, "note", lang))
    if note:
        st.caption(note)
    if st.button(t("effects.fill_in", lang, row=row + 1), key="proxy_invullen"):
        ss[DRAFT]["effects"] = apply_proxy(effects, row, key, reference, names)
        ss[DRAFT]["costs"], ss[DRAFT]["qualitative"] = edited["costs"], edited["qualitative"]
        ss[VERSION] += 1
        ss[PROXY_FLASH] = t("effects.filled_in", lang, label=label, row=row + 1)
        st.rerun()
    if PROXY_FLASH in ss:
        st.success(ss.pop(PROXY_FLASH), icon=":material/check:")


page = open_page("effects.title", flash=FLASH)
lang, project_id, project = page.lang, page.project_id, page.project
names = table_names(project, lang, reference)
if ss.get(DRAFT, {}).get("project_id") != project_id or \
        ss[DRAFT]["base"] != project_json(project):
    ss[DRAFT] = fresh_draft(project_id, project)
draft = ss[DRAFT]
if draft["names"].lang != lang:  # the language changed while editing: keep the edits
    for table in ("effects", "costs", "qualitative"):
        draft[table] = renamed(draft[table], draft["names"], names)
    draft["names"] = names
st.caption(t("effects.caption", lang))
versions_view.comments_panel(page.store, project_id, project, lang)  # partners' comments (issue 18)
for warning in overlap_warnings(project.effects, reference, lang):
    st.warning(warning)

with st.expander(t("effects.project_details", lang), expanded=False):
    name = st.text_input(t("effects.name", lang), value=project.name, key=project_key(f"ed_naam_{ss[VERSION]}"))
    years = number_field(t("effects.years", lang), "count", value=project.years, lang=lang,
                         key=project_key(f"ed_looptijd_{ss[VERSION]}"))
    # While the field says what is wrong, the tables are checked with the saved looptijd
    # and nothing can be saved.
    years_unread = years is None
    years = project.years if years_unread else int(years)

edited = {}
st.subheader(t("effects.effects_heading", lang))
cohorts.merge_offer(project, project_id, page.store, lang, flash=FLASH)  # rows of before
edited["effects"] = st.data_editor(
    draft["effects"], key=editor_key("effects"), num_rows="dynamic", hide_index=True,
    column_config=effect_columns(), width="stretch",
)
effects_slot = st.container()
proxy_slot = st.container()

st.subheader(t("effects.costs_heading", lang))
cost_headers = headers("costs", lang)
edited["costs"] = st.data_editor(
    draft["costs"], key=editor_key("costs"), num_rows="dynamic", hide_index=True,
    column_config={
        "year": number_column(cost_headers["year"], DEFAULTS["costs"]["year"]),
        "financier": st.column_config.TextColumn(
            cost_headers["financier"], help=party_help("financier", names)),
        "amount": number_column(cost_headers["amount"]),
    },
)
costs_slot = st.container()

st.subheader(t("effects.qualitative_heading", lang))
st.caption(t("effects.qualitative_caption", lang))
qualitative_headers = headers("qualitative", lang)
directions = {"+": t("effects.direction_plus", lang), "-": t("effects.direction_minus", lang)}
edited["qualitative"] = st.data_editor(
    draft["qualitative"], key=editor_key("qualitative"), num_rows="dynamic", hide_index=True,
    column_config={
        "outcome": st.column_config.TextColumn(qualitative_headers["outcome"], width="large"),
        "stakeholder": st.column_config.TextColumn(qualitative_headers["stakeholder"]),
        "direction": st.column_config.SelectboxColumn(
            qualitative_headers["direction"], options=["+", "-"], default="+",
            format_func=directions.get),
        "strength": st.column_config.NumberColumn(
            qualitative_headers["strength"], min_value=1, max_value=3, step=1, default=2,
            help=t("effects.help_strength", lang)),
    },
)
qualitative_slot = st.container()

problems: TableError | None = None
try:
    candidate = project_from_tables(project, edited["effects"], edited["costs"],
                                    edited["qualitative"], reference, names, name=name, years=years)
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
if changed and candidate is not None:  # before saving: what looks off, with its reason
    plausibility.show(candidate, results.result(candidate), lang, key=project_key("plausibility.effects"))
# Buttons as wide as their words (a narrow column cut "Wijzigingen ongedaan …" short).
save = undo = status = st.container(horizontal=True, vertical_alignment="center")
if save.button(t("effects.save", lang), key="effecten_opslaan", type="primary",
               disabled=not changed or years_unread):
    if candidate is None:
        status.error(t("effects.not_saved_errors", lang, count=len(problems.errors)))
    else:
        page.store.save_project(candidate, project_id)
        ss[FLASH] = t("effects.saved", lang)
        del ss[DRAFT]
        st.rerun()
if undo.button(t("effects.undo", lang), key="effecten_herstel", disabled=not changed):
    del ss[DRAFT]
    st.rerun()
if changed:
    status.caption(t("effects.unsaved", lang) if candidate is not None
                   else t("effects.unsaved_errors", lang))

cohorts.editor(project, project_id, page.store, lang, flash=FLASH)  # one row per effect
in_kind.editor(project, project_id, page.store, lang, flash=FLASH)  # inputs not in euros
conventions.editor(project, project_id, page.store, lang, flash=FLASH)  # discounting (15.13)

st.divider()
st.subheader(t("effects.file_heading", lang))
project_io.show(project, lang)
