"""Downloads for councillors and economists: one-page PDF, HTML one-pager, Excel, chart files.

`show(project, result)` asks who made the one-pager (organisation, author: kept
for the browser session, printed with the date on the PDF and HTML) and draws
four download buttons. Each file is made only
when its button is clicked (a callable ``data``) and cached per project, so a
page with sliders never waits for a PDF. The files show the project exactly as
passed in: on the Impactkaart that includes unsaved what-if assumptions, and
the caption says so.
"""

from __future__ import annotations

import functools
import re
from datetime import date

import streamlit as st

from impactkaart.core.engine import ProjectResult
from impactkaart.core.model import Project
from impactkaart.io.exports.onepager_html import chart_zip, onepager_html
from impactkaart.io.project_file import parse_project_json, project_json
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from views.components import language
from views.components.export_audit import audited
from views.components.keys import page_key

# Who made the one-pager: typed once, kept for this browser session (session state is
# per session), never in the project file.
ORGANISATION_KEY = "onepager_organisatie"
AUTHOR_KEY = "onepager_auteur"


def onepager_pdf(project: Project, **options) -> bytes:
    """The one-page PDF (`impactkaart.io.exports.onepager.onepager_pdf`, same options),
    its writer imported on the first click: fpdf and pypdf take ~0,3 s to load, which
    every first load of a page with a PDF button paid before (the Excel writer likewise)."""
    from impactkaart.io.exports.onepager import onepager_pdf as write

    return write(project, **options)


# Cached on the project-file text, the language, who made it and the day: equal
# projects give the same files.
@st.cache_data(max_entries=16, show_spinner=False)
def _pdf(project_text: str, lang: str, organisation: str, author: str, day: date,
         comments: tuple = ()) -> bytes:
    return onepager_pdf(parse_project_json(project_text), lang=lang, organisation=organisation,
                        author=author, made_on=day, comments=comments)


@st.cache_data(max_entries=16, show_spinner=False)
def _html(project_text: str, lang: str, organisation: str, author: str, day: date,
          comments: tuple = ()) -> str:
    return onepager_html(parse_project_json(project_text), lang=lang, organisation=organisation,
                         author=author, made_on=day, comments=comments)


@st.cache_data(max_entries=16, show_spinner=False)
def _xlsx(project_text: str, lang: str, comments: tuple = ()) -> bytes:
    from impactkaart.io.exports.excel import excel_bytes  # on the first click, as the PDF

    return excel_bytes(parse_project_json(project_text), lang=lang, comments=comments)


@st.cache_data(max_entries=16, show_spinner=False)
def _charts(project_text: str, lang: str) -> bytes:
    return chart_zip(parse_project_json(project_text), lang=lang)


@functools.lru_cache(maxsize=32)
def _project_text(project: Project) -> str:
    """The project as JSON (the key of the cached files), written once per project: the
    page reruns on every slider move (projects are frozen, hashable by value)."""
    return project_json(project)


def file_stem(project: Project) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", project.name.lower()).strip("-")
    return slug[:60].strip("-") or "project"


def show(project: Project, result: ProjectResult, key: str = "export", lang: str | None = None,
         comments: tuple = ()) -> None:
    """Four download buttons for this project (as shown, unsaved assumptions included);
    ``comments`` (rows of `impactkaart.versions.export`) are listed in the files."""
    lang = lang or language.current()
    text = _project_text(project)
    stem = file_stem(project)
    st.subheader(t("exports.title", lang))
    st.caption(t(
        "exports.caption", lang,
        factor=formats.factor(result.rendementsfactor, lang, decimals=2),
        npv=formats.euro(result.npv, lang),
    ))
    who = st.columns(2)
    # A widget's own key would be dropped when the page is left; a plain session value stays.
    organisation = who[0].text_input(
        t("onepager.organisation_field", lang), value=st.session_state.get(ORGANISATION_KEY, ""),
        key=page_key(f"{key}_organisatie"), help=t("onepager.fields_help", lang), max_chars=120)
    author = who[1].text_input(
        t("onepager.author_field", lang), value=st.session_state.get(AUTHOR_KEY, ""),
        key=page_key(f"{key}_auteur"), help=t("onepager.fields_help", lang), max_chars=120)
    st.session_state[ORGANISATION_KEY], st.session_state[AUTHOR_KEY] = organisation, author
    day = date.today()
    buttons = st.container(horizontal=True)
    buttons.download_button(
        t("exports.pdf", lang), data=audited(lambda: _pdf(text, lang, organisation, author, day, comments),
                                          f"{stem}.pdf"),
        file_name=f"{stem}.pdf",
        mime="application/pdf", key=f"{key}_pdf", on_click="ignore",
        icon=":material/picture_as_pdf:", type="primary",
    )
    buttons.download_button(
        t("exports.html", lang), data=audited(lambda: _html(text, lang, organisation, author, day, comments),
                                           f"{stem}.html"),
        file_name=f"{stem}.html",
        mime="text/html", key=f"{key}_html", on_click="ignore", icon=":material/html:",
    )
    buttons.download_button(
        t("exports.excel", lang), data=audited(lambda: _xlsx(text, lang, comments), f"{stem}.xlsx"),
        file_name=f"{stem}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key=f"{key}_xlsx", on_click="ignore", icon=":material/table_view:",
    )
    buttons.download_button(
        t("exports.charts", lang),
        data=audited(lambda: _charts(text, lang), f"{stem}-{t('exports.charts_file', lang)}.zip"),
        file_name=f"{stem}-{t('exports.charts_file', lang)}.zip",
        mime="application/zip", key=f"{key}_charts", on_click="ignore", icon=":material/image:",
    )
