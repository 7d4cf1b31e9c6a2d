"""The plausibility warnings beside a result: each with its reason, and a way to keep it.

One component for every page that shows or saves a result (the wizard's last step, the
effects editor, the Impactkaart), so the rules and their words live in one place
(impactkaart.core.plausibility, impactkaart.text.plausibility).
"""

from __future__ import annotations

import dataclasses
import threading
from collections import OrderedDict

import streamlit as st

from impactkaart.core.engine import ProjectResult
from impactkaart.core.model import Project
from impactkaart.core.plausibility import check, open_warnings
from impactkaart.text.catalogue import t
from impactkaart.text.plausibility import describe
from impactkaart.text.safe import md

# The checks of a project, kept across reruns and sessions (this module is imported once per
# process; a page script is not). The Impactkaart checks the *saved* project on every rerun,
# also while a what-if slider moves: with this cache a slider move does not check it again.
# A hit needs the very same result object too (the page's engine results are cached, see
# views/components/results.py), so a caller with another result for an equal project (a
# draft, a measured variant) is checked afresh.
_CHECKED: OrderedDict = OrderedDict()  # (project, participants) -> (result, findings)
_CHECKED_MAX = 64
_LOCK = threading.Lock()


def findings(project: Project, result: ProjectResult, participants: float | None) -> list:
    """`check(project, result, participants)`, from the cache when this exact pair was checked."""
    try:
        key = (project, participants)
        hash(key)
    except TypeError:  # a project that cannot be a key (not expected): just check it
        return check(project, result, participants)
    with _LOCK:
        hit = _CHECKED.get(key)
        if hit is not None and hit[0] is result:
            _CHECKED.move_to_end(key)
            return hit[1]
    found = check(project, result, participants)
    with _LOCK:
        _CHECKED[key] = (result, found)
        _CHECKED.move_to_end(key)
        while len(_CHECKED) > _CHECKED_MAX:
            _CHECKED.popitem(last=False)
    return found


def show(project: Project, result: ProjectResult, lang: str, *, store=None,
         project_id: int | None = None, participants: float | None = None,
         key: str = "plausibility") -> list:
    """Draw the open warnings; return them. With a store and an id, each warning gets a
    button that saves it as acknowledged with the project (it then stays out of view,
    counted in one line); without (a draft not yet saved), the warnings are only shown."""
    participants = participants if participants is not None else project.participants_per_year
    found = findings(project, result, participants)
    left = open_warnings(found, project.acknowledged_warnings)
    kept = len(found) - len(left)
    if left:
        with st.container(border=True):
            st.markdown(f"**{t('plausibility.title', lang)}**")
            st.caption(t("plausibility.intro", lang))
            for i, finding in enumerate(left):
                st.warning(describe(finding, lang, quote=md), icon="⚠️")
                if store is not None and project_id is not None and st.button(
                        t("plausibility.acknowledge", lang), key=f"{key}.{project_id}.{i}"):
                    acknowledged = (*project.acknowledged_warnings, finding.key)
                    store.save_project(
                        dataclasses.replace(project, acknowledged_warnings=acknowledged),
                        project_id)
                    st.rerun()
    if kept:
        st.caption(t("plausibility.acknowledged", lang, n=kept))
    return left
