"""Organisations and their members: who belongs where, as what.

The first beheerder of an organisation is made with the CLI (`impactkaart organisatie
maak NAAM --beheerder EMAIL`); after that a beheerder invites, removes and changes
members (through a store scoped to their organisation). Every change writes an audit row;
the last beheerder of an organisation can be neither removed nor demoted.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from impactkaart.accounts import store as rows
from impactkaart.accounts.roles import BEHEERDER, ROLES, can_manage
from impactkaart.accounts.scope import NotAllowed
from impactkaart.store import scoping
from impactkaart.store.projects import Store


class AccountError(ValueError):
    """Bad input about organisations or members; ``code`` is a catalogue key
    (``accounts.error.<code>``) worded with ``values``."""

    def __init__(self, code: str, **values):
        from impactkaart.text.catalogue import t

        super().__init__(t(f"accounts.error.{code}", "nl", **values))
        self.code, self.values = code, values

    def text(self, lang: str = "nl") -> str:
        from impactkaart.text.catalogue import t

        return t(f"accounts.error.{self.code}", lang, **self.values)


@dataclass(frozen=True)
class Membership:
    organisation_id: int
    organisation_name: str
    role: str


def subject_of(email: str) -> str:
    """The subject a member is known by: the e-mail address, trimmed and lower-cased."""
    return email.strip().lower()


def _check_subject(email: str) -> str:
    subject = subject_of(email)
    if not subject or "@" not in subject or len(subject) > 320 or any(c.isspace() for c in subject):
        raise AccountError("bad_email", email=email.strip())
    return subject


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise AccountError("bad_role", role=role, roles=", ".join(ROLES))


def _may_manage(store: Store, organisation_id: int) -> None:
    """Through a scoped store only a beheerder of that organisation manages it."""
    scope = store.scope
    if scope is None:
        return
    if scope.organisation_id != organisation_id or not can_manage(scope.role) \
            or scope.project_id is not None or scope.workshop_id is not None:
        raise NotAllowed("Alleen een beheerder van de organisatie kan dit.")


def _by(store: Store, by: str | None) -> str:
    if by is not None:
        return by
    return store.scope.subject if store.scope is not None else ""


def create_organisation(store: Store, name: str) -> int:
    """A new organisation (no members yet); its id. Only through an unscoped store (the CLI)."""
    if store.scope is not None:
        raise NotAllowed("Een organisatie maak je met de opdrachtregel (impactkaart organisatie maak).")
    clean = name.strip()
    if not clean or len(clean) > 200:
        raise AccountError("bad_name")
    if rows.organisation_id_of(store, clean) is not None:
        raise AccountError("name_taken", name=clean)
    return rows.insert_organisation(store, clean)


def claim_unowned(store: Store, org_id: int, by: str | None = None) -> int:
    """Every project, workshop and KPI programme made before there were organisations
    (organisation_id NULL) becomes this organisation's; the number of projects. Only
    through an unscoped store (the CLI: `organisatie maak … --neem-over`)."""
    return rows.claim_unowned(store, org_id, _by(store, by))


def organisation_by_name(store: Store, name: str) -> int | None:
    return rows.organisation_id_of(store, name.strip())


def organisations(store: Store) -> list[tuple[int, str]]:
    """(id, name) of every organisation (a scoped store: only its own)."""
    found = [(int(i), n) for i, n, _ in rows.organisation_rows(store)]
    if store.scope is not None:
        found = [(i, n) for i, n in found if i == store.scope.organisation_id]
    return found


def has_organisations(store: Store) -> bool:
    """True once the database has an organisation (the CLI then needs --organisatie)."""
    return rows.has_organisations(store)


def benchmark_opt_in(store: Store, organisation_id: int) -> bool:
    return any(bool(o) for i, _, o in rows.organisation_rows(store) if i == organisation_id)


def add_member(store: Store, org_id: int, subject: str, role: str, name: str = "",
               by: str | None = None) -> None:
    """Invite ``subject`` (an e-mail address) into the organisation with a role."""
    _may_manage(store, org_id)
    clean = _check_subject(subject)
    _check_role(role)
    who = _by(store, by)

    def work(cur) -> None:
        if rows.member_role(cur, org_id, clean) is not None:
            raise AccountError("member_exists", email=clean)
        rows.insert_member(cur, org_id, clean, name.strip(), role)
        scoping.audit(cur, store.scope, "invite", clean, role, organisation_id=org_id, subject=who)

    store.write(work, any_role=True)


def _role_that_may_go(cur, org_id: int, subject: str, unless: str | None = None) -> str:
    """The member's current role, once it is sure they may leave it: a member who is not
    there is an error, and so is the organisation's last beheerder leaving that role
    (removed or demoted), so that an organisation always has someone to manage it. Keeping
    the same role (`unless`) is no leaving."""
    role = rows.member_role(cur, org_id, subject)
    if role is None:
        raise AccountError("no_member", email=subject)
    if role == BEHEERDER and role != unless and rows.count_managers(cur, org_id) <= 1:
        raise AccountError("last_manager")
    return role


def remove_member(store: Store, org_id: int, subject: str, by: str | None = None) -> None:
    _may_manage(store, org_id)
    clean = subject_of(subject)
    who = _by(store, by)

    def work(cur) -> None:
        role = _role_that_may_go(cur, org_id, clean)
        rows.delete_member(cur, org_id, clean)
        scoping.audit(cur, store.scope, "remove", clean, role, organisation_id=org_id, subject=who)

    store.write(work, any_role=True)


def set_role(store: Store, org_id: int, subject: str, role: str, by: str | None = None) -> None:
    _may_manage(store, org_id)
    _check_role(role)
    clean = subject_of(subject)
    who = _by(store, by)

    def work(cur) -> None:
        old = _role_that_may_go(cur, org_id, clean, unless=role)
        if old == role:
            return
        rows.update_role(cur, org_id, clean, role)
        scoping.audit(cur, store.scope, "role", clean, f"{old} -> {role}",
                      organisation_id=org_id, subject=who)

    store.write(work, any_role=True)


def memberships(store: Store, subject: str) -> list[Membership]:
    """The organisations a signed-in subject belongs to, with the role in each."""
    return [Membership(int(i), n, r) for i, n, r in rows.membership_rows(store, subject_of(subject))]


def members(store: Store, org_id: int) -> pd.DataFrame:
    """subject, name, role, added_at of the organisation's members (a scoped store: only
    its own organisation)."""
    if store.scope is not None and store.scope.organisation_id != org_id:
        raise NotAllowed("Alleen de leden van je eigen organisatie zijn te zien.")
    return rows.member_frame(store, org_id)


def set_benchmark_opt_in(store: Store, org_id: int, opt_in: bool, by: str | None = None) -> None:
    _may_manage(store, org_id)
    rows.put_opt_in(store, org_id, opt_in, _by(store, by))
