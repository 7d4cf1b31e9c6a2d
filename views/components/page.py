"""The opening every page shares: title, store, the open project, a message left behind.

Each page used to repeat title → project picker → stop → store → flash. `open_page`
does it once, in the chosen language, and hands the page what it needs.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from impactkaart.core.model import Project
from impactkaart.store.projects import Store
from impactkaart.text.catalogue import t
from impactkaart.text.safe import md
from views.components import language
from views.components.session import get_store, project_picker


@dataclass(frozen=True)
class PageContext:
    lang: str
    store: Store
    project_id: int | None = None
    project: Project | None = None


def open_page(title_key: str | None, *, needs_project: bool = True, flash: str | None = None,
              title: str | None = None) -> PageContext:
    """Draw the page title (``title_key`` from the catalogue, or a ready ``title`` such as a
    project's name, shown literally) and, with ``needs_project``, hand over the open project
    (chosen in the picker at the top of the sidebar, and named in the URL: see
    `session.begin_run`); a page without a project to show stops here with a hint. A success message that the previous
    run left under ``flash`` in the session is shown once (Markdown the page built, with any
    user text in it already through `md`)."""
    lang = language.current()
    store = get_store()
    picked = project_picker() if needs_project else None
    if needs_project and picked is None:
        st.title(t(title_key, lang) if title_key else "Impactkaart")
        st.info(t("no_project", lang))
        st.stop()
    if title is not None:
        st.title(md(title))
    elif title_key is not None:
        st.title(t(title_key, lang))
    if flash and flash in st.session_state:
        st.success(st.session_state.pop(flash))
    project_id, project = picked if picked else (None, None)
    return PageContext(lang, store, project_id, project)
