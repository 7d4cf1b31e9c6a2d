"""Importeren: effecten en kosten uit een CSV- of Excel-bestand, alles of niets.

Upload → kolommen koppelen → voorbeeld met elke fout per rij en kolom →
importeren in het gekozen of een nieuw project. The domain does the work
(`impactkaart.io.imports.tables`); nothing is saved until the preview is free of
problems and the user confirms replacing existing rows. Every text from the
file is shown as data (tables) or escaped (`safe_text.md`), never as Markdown.
"""

from __future__ import annotations

import dataclasses

import streamlit as st

from impactkaart.charts.base import table_formatters
from impactkaart.core.reference import default_reference
from impactkaart.io.imports.columns import COSTS, EFFECTS, FIELDS
from impactkaart.io.imports.problems import Problem, TableImportError
from impactkaart.io.imports.read import MAX_FILE_BYTES, MAX_ROWS
from impactkaart.io.imports.tables import (
    DEFAULT_PROJECT_TYPE,
    NewProject,
    open_tables,
    preview_import,
)
from impactkaart.io.imports.template import csv_name, template_csv, template_xlsx, xlsx_name
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.names import project_type_label
from impactkaart.text.safe import md
from views.components import pages
from views.components.page import open_page
from views.components.session import PROJECT_KEY, get_store, page_key, project_picker

FILE, DONE = "import_bestand", "import_klaar"  # (file id, tables) and file id -> saved project
NEW_TARGET, EXISTING_TARGET = "nieuw", "bestaand"
ss = st.session_state


def kind_label(kind: str | None, lang: str) -> str:
    return t(f"import.kind.{kind or 'none'}", lang)


def counted(counts: dict[str, int], lang: str) -> str:
    """'2 effecten, 1 kostenregels' / '2 effects, 1 cost lines'."""
    return ", ".join(t(f"cli.import_table.{k}", lang, n=n) for k, n in counts.items())


def templates(lang: str) -> None:
    st.caption(t("import.page.templates", lang))
    left, middle, right = st.columns(3)
    left.download_button(t("import.page.template_xlsx", lang), template_xlsx(lang), xlsx_name(lang),
                         on_click="ignore",
                         mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         icon=":material/download:", key="sjabloon_xlsx")
    middle.download_button(t("import.page.template_effects", lang), template_csv(EFFECTS, lang),
                           csv_name(EFFECTS, lang),
                           mime="text/csv", on_click="ignore", icon=":material/download:",
                           key="sjabloon_effecten")
    right.download_button(t("import.page.template_costs", lang), template_csv(COSTS, lang),
                          csv_name(COSTS, lang),
                          mime="text/csv", on_click="ignore", icon=":material/download:",
                          key="sjabloon_kosten")


def problem_list(problems: list[Problem], lang: str, limit: int = 50) -> str:
    lines = [f"- {md(p.text(lang))}" for p in problems[:limit]]
    if len(problems) > limit:
        lines.append("- " + t("import.page.more_problems", lang, n=len(problems) - limit))
    return "\n".join(lines)


def read_upload(upload, lang: str) -> list | None:
    """The file's tables, read once per uploaded file; None (with a message) if unreadable."""
    cached = ss.get(FILE)
    if cached and cached[0] == upload.file_id:
        return cached[1]
    try:
        tables = open_tables(upload.getvalue(), upload.name)
    except TableImportError as exc:
        st.error(t("import.page.unreadable", lang, name=md(upload.name)) + "\n\n"
                 + problem_list(exc.problems, lang), icon="⚠️")
        return None
    ss[FILE] = (upload.file_id, tables)
    return tables


def mapping_controls(tables: list, file_id: str, lang: str) -> list:
    """Kind and column mapping per table, as the user set them (the guess by default)."""
    kinds = [None, EFFECTS, COSTS]
    chosen = []
    for n, table in enumerate(tables):
        where = (t("import.page.sheet", lang, sheet=md(table.sheet)) if table.sheet is not None
                 else t("import.page.the_file", lang))
        kind = st.selectbox(
            t("import.page.what_in", lang, where=where), kinds, index=kinds.index(table.kind),
            format_func=lambda k: kind_label(k, lang), key=page_key(f"imp_soort_{file_id}_{n}"),
        )
        if kind is None:
            chosen.append(dataclasses.replace(table, kind=None))
            continue
        fields = [None, *(f.name for f in FIELDS[kind])]
        headers = {f.name: f.header for f in FIELDS[kind]}
        guess = table.mapping if kind == table.kind else {}
        mapped = {f for f in guess.values() if f}
        missing = [f.header for f in FIELDS[kind] if f.required and f.name not in mapped]
        label = t("import.page.link_columns", lang, n=len(mapped), of=len(table.headers))
        with st.expander(label, expanded=bool(missing)):
            if missing:
                st.warning(t("import.page.not_found", lang) + " " + ", ".join(md(h) for h in missing))
            mapping = {}
            columns = st.columns(4)
            for c, header in enumerate(table.headers):
                default = guess.get(c)
                mapping[c] = columns[c % 4].selectbox(
                    md(header), fields, index=fields.index(default if default in fields else None),
                    format_func=lambda f, h=headers: t("import.page.skip_column", lang)
                    if f is None else h[f],
                    key=page_key(f"imp_kolom_{file_id}_{n}_{kind}_{c}"),
                )
        chosen.append(dataclasses.replace(table, kind=kind, mapping=mapping))
    return chosen


def target_controls(picked, lang: str) -> tuple:
    """(existing project or None, its id or None, NewProject or None, replace?)."""
    options = [EXISTING_TARGET, NEW_TARGET] if picked else [NEW_TARGET]
    names = {EXISTING_TARGET: t("import.page.chosen_project", lang, name=md(picked[1].name))
             if picked else "", NEW_TARGET: t("import.page.new_project", lang)}
    choice = st.radio(t("import.page.which_project", lang), options, format_func=names.get,
                      horizontal=True, key=page_key("imp_doel"))
    if choice == EXISTING_TARGET:
        replace = st.radio(
            t("import.page.existing_rows", lang), [True, False], horizontal=True,
            format_func=lambda r: t("import.page.replace" if r else "import.page.keep", lang),
            key=page_key("imp_vervangen"))
        return picked[1], picked[0], None, replace
    reference = default_reference()
    known = list(reference.project_types["project_type"])
    types = [*known, DEFAULT_PROJECT_TYPE]
    left, middle, right = st.columns([2, 2, 1])
    name = left.text_input(t("import.page.new_name", lang), key=page_key("imp_naam"), max_chars=200)
    kind = middle.selectbox(
        t("import.page.project_type", lang), types, key=page_key("imp_type"),
        format_func=lambda k: project_type_label(k, lang, reference) if k in known
        else t("import.page.other_type", lang))
    years = right.number_input(t("import.page.years", lang), min_value=1, max_value=50,
                               value=None, step=1, key=page_key("imp_looptijd"),
                               placeholder=t("import.page.years_placeholder", lang))
    return None, None, NewProject(name.strip(), kind, int(years) if years else None), True


def save(project, project_id, file_id: str) -> None:
    saved = get_store().save_project(project, project_id)
    ss.setdefault(DONE, {})[file_id] = saved
    ss[PROJECT_KEY] = saved


lang = open_page("import.page.title", needs_project=False).lang
picked = project_picker()
st.caption(t("import.page.intro", lang))
templates(lang)
upload = st.file_uploader(
    t("import.page.choose_file", lang), type=["csv", "txt", "xlsx", "xlsm"], key=page_key("imp_upload"),
    help=t("import.page.limits", lang, mb=MAX_FILE_BYTES // (1024 * 1024),
           rows=formats.number(MAX_ROWS, lang, decimals=0)),
)
if upload is None:
    st.stop()
if upload.file_id in ss.get(DONE, {}):
    st.success(t("import.page.saved", lang, name=md(upload.name)))
    pages.link("views/project/impactkaart.py", label=t("import.page.see_map", lang), icon="🧭")
    st.caption(t("import.page.again", lang))
    st.stop()
tables = read_upload(upload, lang)
if tables is None:
    st.stop()

st.subheader(t("import.page.step_what", lang))
chosen = mapping_controls(tables, upload.file_id, lang)
st.subheader(t("import.page.step_where", lang))
target, target_id, new, replace = target_controls(picked, lang)
decimal = st.radio(t("import.page.decimal", lang), [None, ",", "."], horizontal=True,
                   key=page_key("imp_decimaal"),
                   format_func={None: t("import.page.decimal_auto", lang),
                                ",": t("import.page.decimal_comma", lang),
                                ".": t("import.page.decimal_point", lang)}.get)

st.subheader(t("import.page.step_preview", lang))
if new is not None and not new.name:
    st.info(t("import.page.name_it", lang))
    st.stop()
preview = preview_import(chosen, target, new, decimal=decimal, replace=replace, lang=lang)
row_column = t("import.frame.row", lang)
for table, frame in preview.tables:
    where = (t("import.page.from_sheet", lang, sheet=md(table.sheet)) if table.sheet is not None
             else md(upload.name))
    st.markdown(t("import.page.table_rows", lang, kind=kind_label(table.kind, lang), where=where,
                  n=len(frame)))
    numbers = {c: f for c, f in table_formatters(frame, lang).items() if c != row_column}
    st.dataframe(frame.style.format(numbers), hide_index=True, width="stretch",
                 column_config={row_column: st.column_config.NumberColumn(row_column, format="%d")})
for note in preview.note_texts(lang):
    st.caption(md(note))
if preview.problems:
    st.error(t("import.page.problems", lang, n=len(preview.problems)) + "\n\n"
             + problem_list(preview.problems, lang), icon="⚠️")
    st.stop()

confirmed = True
if target is not None and replace:
    existing = {k: len(getattr(target, k)) for k in preview.counts if getattr(target, k)}
    if existing:
        confirmed = st.checkbox(
            t("import.page.confirm", lang, lost=counted(existing, lang), name=md(target.name)),
            key=page_key("imp_bevestig"))
st.success(t("import.page.ready", lang, counts=counted(preview.counts, lang)))
st.button(t("import.page.do_import", lang), type="primary", disabled=not confirmed,
          key="imp_importeren", on_click=save, args=(preview.project, target_id, upload.file_id))
