"""Widget keys: the open project's (`project_key`) or nobody's (`page_key`).

Kept apart from session.py (which re-exports them) so that language.py can mark its
switch without importing the session. See session.py for why a project's widget needs
the project's id in its key; tests/views/test_project_keys.py and test_project_switch.py
check every page.
"""

from __future__ import annotations

import streamlit as st

PROJECT_KEY = "project_id"  # plain session state: the chosen project, kept across pages
NOT_OF_A_PROJECT: set[str] = set()  # the keys marked by `page_key` (the tests read it)


def project_key(name: str) -> str:
    """A widget key of the open project: ``name`` after the project's id (``p3_name``, so
    a key made from it, ``f"{key}_aandeel"``, carries the id too).

    Dropping a key on a switch resets the widget on the server, but the browser keeps
    showing the value it had (the old project's "Rij 2") as long as the widget keeps its
    key. A widget that shows a project's rows takes its key from here, so each project
    has its own widget and a switch shows a fresh one."""
    return f"p{st.session_state.get(PROJECT_KEY)}_{name}"


def page_key(name: str) -> str:
    """A widget key whose value belongs to no project (the language, a workshop, the
    wizard's new project, a backup): ``name`` itself. It marks the choice, as
    `project_key` does for a project's widgets; tests/views/test_project_keys.py fails
    on a widget key that is neither, tests/views/test_project_switch.py on a page whose
    widget keeps a key unmarked across a switch."""
    NOT_OF_A_PROJECT.add(name)
    return name
