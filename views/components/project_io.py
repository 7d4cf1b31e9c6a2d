"""Project import/export as the JSON project file (docs/project-format.md).

Download: the current project exactly as `impactkaart compute FILE` reads it.
Upload: `parse_project_json` judges the file; every problem is listed with the
field it concerns, in words and as its path in the file. A valid file is saved
as a *new* project; the project on screen is never touched by an upload.
"""

from __future__ import annotations

import re

import streamlit as st

from impactkaart.authoring.editing import describe_path
from impactkaart.core.model import Project, ProjectError
from impactkaart.io.project_file import parse_project_json, project_json
from impactkaart.text.catalogue import t
from impactkaart.text.safe import md
from views.components import language
from views.components.export_audit import audited
from views.components.session import PROJECT_KEY, get_store, page_key

_SAVED = "project_io_saved"  # upload file id -> id of the project saved from it


def file_name(project: Project) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", project.name.lower()).strip("-")
    return f"{slug or 'project'}.json"


def _save_upload(project: Project, file_id: str) -> None:
    # A callback runs before the next script run, so the project picker may
    # still be pointed at the new project here.
    project_id = get_store().save_project(project)
    st.session_state.setdefault(_SAVED, {})[file_id] = project_id
    st.session_state[PROJECT_KEY] = project_id


def show(project: Project, lang: str | None = None) -> None:
    lang = lang or language.current()
    st.download_button(
        t("project_io.download", lang),
        data=audited(project_json(project), file_name(project)),
        file_name=file_name(project),
        mime="application/json",
        key="project_download",
        on_click="ignore",
        icon=":material/download:",
        help=t("project_io.download_help", lang),
    )
    upload = st.file_uploader(
        t("project_io.upload", lang), type=["json"], key=page_key("project_upload"),
        help=t("project_io.upload_help", lang),
    )
    if upload is None:
        return
    try:
        incoming = parse_project_json(upload.getvalue())
    except ProjectError as exc:
        # Paths, messages and the file name quote the file's own text: shown literally.
        lines = "\n".join(
            f"- **{md(describe_path(e.path))}**"
            + (f" ({md(e.path)})" if e.path and describe_path(e.path) != e.path else "")
            + f": {md(e.message)}"
            for e in exc.errors
        )
        st.error(
            t("project_io.rejected", lang, file=md(upload.name)) + f"\n\n{lines}",
            icon="⚠️",
        )
        return
    saved = st.session_state.get(_SAVED, {}).get(upload.file_id)
    if saved is not None:
        st.success(t("project_io.saved", lang, name=md(incoming.name)))
        return
    st.info(t(
        "project_io.valid", lang, file=md(upload.name), name=md(incoming.name),
        effects=len(incoming.effects), qualitative=len(incoming.qualitative),
    ))
    st.button(
        t("project_io.save", lang), key="project_upload_save", type="primary",
        on_click=_save_upload, args=(incoming, upload.file_id),
    )
