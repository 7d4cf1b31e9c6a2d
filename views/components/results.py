"""The Impactkaart's figures, kept across reruns of the page.

Streamlit runs a page's script anew on every rerun, so a cache defined inside the page
is a new, empty cache each time and never hits. Defined here, in a module imported once
per process, it does: an unchanged rerun (a click, a toggle, a tab) reuses the engine's
result, and a slider moved back to an earlier position finds it again.

Projects are frozen dataclasses, hashable by value: equal projects (and assumptions)
are one key, whichever run or session loaded them.
"""

from __future__ import annotations

import functools

from impactkaart.charts import impact
from impactkaart.core.engine import ProjectResult, compute
from impactkaart.core.model import Project
from impactkaart.text.summary import illustrative_reasons


@functools.lru_cache(maxsize=128)
def result(project: Project) -> ProjectResult:
    """The engine's result; shared between reruns and sessions, so never changed by a caller."""
    return compute(project)


@functools.lru_cache(maxsize=128)
def layout(saved: Project) -> tuple[dict[str, str], list[str]]:
    """Colours and bar order from the saved project: they stay put while sliders move."""
    saved_result = result(saved)
    return impact.key_colours(saved, saved_result), impact.party_order(saved_result)


@functools.lru_cache(maxsize=128)
def reasons(project: Project, lang: str) -> tuple[str, ...]:
    """Why the project's figures read as illustrative (see `illustrative_reasons`)."""
    return tuple(illustrative_reasons(project, lang))
