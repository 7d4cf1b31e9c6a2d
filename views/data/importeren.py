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

from impactkaart.core.reference import default_reference
from impactkaart.io.imports.columns import COSTS, EFFECTS, FIELDS, KIND_LABELS
from impactkaart.io.imports.problems import Problem, TableImportError
from impactkaart.io.imports.read import MAX_FILE_BYTES, MAX_ROWS
from impactkaart.io.imports.tables import (
    DEFAULT_PROJECT_TYPE,
    NewProject,
    open_tables,
    preview_import,
)
from impactkaart.io.imports.template import CSV_NAMES, XLSX_NAME, template_csv, template_xlsx
from impactkaart.text.safe import md
from views.components.session import PROJECT_KEY, get_store, project_picker

FILE, DONE = "import_bestand", "import_klaar"  # (file id, tables) and file id -> saved project
NEW_TARGET, EXISTING_TARGET = "nieuw", "bestaand"
WORDS = {EFFECTS: "effecten", COSTS: "kostenregels"}
ss = st.session_state


def templates() -> None:
    st.caption("Begin met het sjabloon: de kolomnamen worden dan vanzelf herkend. Uw eigen "
               "bestand mag ook; hieronder koppelt u de kolommen.")
    left, middle, right = st.columns(3)
    left.download_button("Sjabloon (Excel)", template_xlsx(), XLSX_NAME, on_click="ignore",
                         mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         icon=":material/download:", key="sjabloon_xlsx")
    middle.download_button("Sjabloon effecten (CSV)", template_csv(EFFECTS), CSV_NAMES[EFFECTS],
                           mime="text/csv", on_click="ignore", icon=":material/download:",
                           key="sjabloon_effecten")
    right.download_button("Sjabloon kosten (CSV)", template_csv(COSTS), CSV_NAMES[COSTS],
                          mime="text/csv", on_click="ignore", icon=":material/download:",
                          key="sjabloon_kosten")


def problem_list(problems: list[Problem], limit: int = 50) -> str:
    lines = [f"- {md(p)}" for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(f"- … en nog {len(problems) - limit} problemen")
    return "\n".join(lines)


def read_upload(upload) -> list | None:
    """The file's tables, read once per uploaded file; None (with a message) if unreadable."""
    cached = ss.get(FILE)
    if cached and cached[0] == upload.file_id:
        return cached[1]
    try:
        tables = open_tables(upload.getvalue(), upload.name)
    except TableImportError as exc:
        st.error(f"**{md(upload.name)}** is niet ingelezen; er is niets opgeslagen.\n\n"
                 + problem_list(exc.problems), icon="⚠️")
        return None
    ss[FILE] = (upload.file_id, tables)
    return tables


def mapping_controls(tables: list, file_id: str) -> list:
    """Kind and column mapping per table, as the user set them (the guess by default)."""
    kinds = [None, EFFECTS, COSTS]
    chosen = []
    for t, table in enumerate(tables):
        where = f"Blad {md(table.sheet)}" if table.sheet is not None else "Het bestand"
        kind = st.selectbox(
            f"{where}: wat staat erin?", kinds, index=kinds.index(table.kind),
            format_func=lambda k: "niet importeren" if k is None else KIND_LABELS[k],
            key=f"imp_soort_{file_id}_{t}",
        )
        if kind is None:
            chosen.append(dataclasses.replace(table, kind=None))
            continue
        fields = [None, *(f.name for f in FIELDS[kind])]
        headers = {f.name: f.header for f in FIELDS[kind]}
        guess = table.mapping if kind == table.kind else {}
        mapped = {f for f in guess.values() if f}
        missing = [f.header for f in FIELDS[kind] if f.required and f.name not in mapped]
        label = f"Kolommen koppelen ({len(mapped)} van {len(table.headers)} herkend)"
        with st.expander(label, expanded=bool(missing)):
            if missing:
                st.warning("Niet gevonden (verplicht): " + ", ".join(md(h) for h in missing))
            mapping = {}
            columns = st.columns(4)
            for c, header in enumerate(table.headers):
                default = guess.get(c)
                mapping[c] = columns[c % 4].selectbox(
                    md(header), fields, index=fields.index(default if default in fields else None),
                    format_func=lambda f, h=headers: "— niet importeren —" if f is None else h[f],
                    key=f"imp_kolom_{file_id}_{t}_{kind}_{c}",
                )
        chosen.append(dataclasses.replace(table, kind=kind, mapping=mapping))
    return chosen


def target_controls(picked) -> tuple:
    """(existing project or None, its id or None, NewProject or None, replace?)."""
    options = [EXISTING_TARGET, NEW_TARGET] if picked else [NEW_TARGET]
    names = {EXISTING_TARGET: f"Het gekozen project: {md(picked[1].name)}" if picked else "",
             NEW_TARGET: "Een nieuw project"}
    choice = st.radio("In welk project?", options, format_func=names.get, horizontal=True,
                      key="imp_doel")
    if choice == EXISTING_TARGET:
        replace = st.radio(
            "Wat gebeurt er met de bestaande rijen?", [True, False], horizontal=True,
            format_func=lambda r: "vervangen door de rijen uit het bestand" if r
            else "behouden; rijen uit het bestand komen erbij", key="imp_vervangen")
        return picked[1], picked[0], None, replace
    reference = default_reference()
    types = [*reference.project_types["project_type"], DEFAULT_PROJECT_TYPE]
    labels = dict(zip(reference.project_types["project_type"], reference.project_types["label_nl"]))
    left, middle, right = st.columns([2, 2, 1])
    name = left.text_input("Naam van het nieuwe project", key="imp_naam", max_chars=200)
    kind = middle.selectbox("Type project", types, format_func=lambda k: labels.get(k, "Overig"),
                            key="imp_type")
    years = right.number_input("Looptijd (jaren)", min_value=1, max_value=50, value=None,
                               step=1, key="imp_looptijd", placeholder="uit de kosten")
    return None, None, NewProject(name.strip(), kind, int(years) if years else None), True


def save(project, project_id, file_id: str) -> None:
    saved = get_store().save_project(project, project_id)
    ss.setdefault(DONE, {})[file_id] = saved
    ss[PROJECT_KEY] = saved


st.title("Importeren uit CSV of Excel")
picked = project_picker()
st.caption(
    "Lees effecten en kosten in uit een CSV- of Excel-bestand (.xlsx). Puntkomma of komma, "
    "decimale komma of punt, euroteken en percentages worden herkend. U ziet eerst een "
    "voorbeeld met alle fouten per rij; er wordt pas iets opgeslagen als alles klopt, en dan "
    "alle rijen tegelijk."
)
templates()
upload = st.file_uploader(
    "Bestand kiezen", type=["csv", "txt", "xlsx", "xlsm"], key="imp_upload",
    help=f"Hoogstens {MAX_FILE_BYTES // (1024 * 1024)} MB en {MAX_ROWS:,} rijen per tabel."
    .replace(",", "."),
)
if upload is None:
    st.stop()
if upload.file_id in ss.get(DONE, {}):
    st.success(f"**{md(upload.name)}** is ingelezen en opgeslagen. Het project staat nu open.")
    st.page_link("views/project/impactkaart.py", label="Bekijk de Impactkaart", icon="🧭")
    st.caption("Kies een ander bestand om opnieuw te importeren.")
    st.stop()
tables = read_upload(upload)
if tables is None:
    st.stop()

st.subheader("1. Wat staat er in het bestand?")
chosen = mapping_controls(tables, upload.file_id)
st.subheader("2. Waarheen?")
target, target_id, new, replace = target_controls(picked)
decimal = st.radio("Decimaalteken", [None, ",", "."], horizontal=True, key="imp_decimaal",
                   format_func={None: "automatisch", ",": "komma (1.234,5)",
                                ".": "punt (1,234.5)"}.get)

st.subheader("3. Voorbeeld")
if new is not None and not new.name:
    st.info("Geef het nieuwe project een naam.")
    st.stop()
preview = preview_import(chosen, target, new, decimal=decimal, replace=replace)
for table, frame in preview.tables:
    where = f"blad {md(table.sheet)}" if table.sheet is not None else md(upload.name)
    st.markdown(f"**{KIND_LABELS[table.kind]}** uit {where}: {len(frame)} rijen")
    st.dataframe(frame, hide_index=True, width="stretch",
                 column_config={"rij": st.column_config.NumberColumn("rij", format="%d")})
for note in preview.note_texts():
    st.caption(md(note))
if preview.problems:
    st.error(f"**{len(preview.problems)} probleem/problemen**: er wordt niets opgeslagen. Pas het "
             "bestand aan (of de koppeling hierboven) en probeer het opnieuw.\n\n"
             + problem_list(preview.problems), icon="⚠️")
    st.stop()

counts = ", ".join(f"{n} {WORDS[k]}" for k, n in preview.counts.items())
confirmed = True
if target is not None and replace:
    existing = {k: len(getattr(target, k)) for k in preview.counts if getattr(target, k)}
    if existing:
        lost = ", ".join(f"{n} {WORDS[k]}" for k, n in existing.items())
        confirmed = st.checkbox(
            f"Ik begrijp dat de bestaande {lost} van {md(target.name)} worden vervangen.",
            key="imp_bevestig")
st.success(f"Klaar om te importeren: {counts}.")
st.button("Importeren", type="primary", disabled=not confirmed, key="imp_importeren",
          on_click=save, args=(preview.project, target_id, upload.file_id))
