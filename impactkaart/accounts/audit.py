"""The audit trail: logins, role changes, exports, deletions and restores, with who and when.

Deletes and restores through a scoped store write their row themselves (in the same
transaction); member changes too (`impactkaart.accounts.members`). The pages record
logins, logouts and exports with `record`. The beheerder reads the trail with `trail`.
"""

from __future__ import annotations

import pandas as pd

from impactkaart.accounts import store as rows
from impactkaart.accounts.scope import NotAllowed
from impactkaart.store.projects import Store

ACTIONS = ("login", "logout", "invite", "remove", "role", "export", "delete", "restore", "opt_in")


def record(store: Store, *, organisation_id: int | None, subject: str, action: str,
           target: str = "", detail: str = "") -> None:
    """One audit row (any role may cause one: a lezer logs in and exports too)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    scope = store.scope
    if scope is not None and organisation_id is not None and organisation_id != scope.organisation_id:
        raise NotAllowed("Een audit-regel hoort bij je eigen organisatie.")
    rows.write_audit(store, organisation_id, subject, action, target, detail)


def trail(store: Store, organisation_id: int) -> pd.DataFrame:
    """at, subject, action, target, detail of the organisation's audit rows, newest first."""
    scope = store.scope
    if scope is not None and scope.organisation_id != organisation_id:
        raise NotAllowed("Alleen het audit-spoor van je eigen organisatie is te zien.")
    return rows.audit_frame(store, organisation_id)
