"""The scope of a store: whose organisation a signed-in user works in, and as what.

`Store.scoped(scope)` limits every read and write of the store to
``scope.organisation_id``; another organisation's row behaves as not found (its
existence is never revealed). A write with a role that cannot edit raises `NotAllowed`.

``project_id`` and ``workshop_id`` narrow a scope further, for a visitor without an
account: a share link (one project, read only) or a workshop attendee (one workshop).
"""

from __future__ import annotations

import contextvars
from dataclasses import dataclass

from impactkaart.store.connection import StoreError


@dataclass(frozen=True)
class Scope:
    organisation_id: int
    subject: str  # the OIDC e-mail claim, lower-cased ("link:…"/"workshop:…" for a visitor)
    role: str  # impactkaart.accounts.roles.ROLES
    project_id: int | None = None  # only this project (a share link)
    workshop_id: str | None = None  # only this workshop (an attendee who joined by code)


class NotAllowed(StoreError):
    """The scope's role may not do this (a lezer writing, a bewerker managing members)."""


# The scope of the write running in this thread (`Store.write` sets it), so that functions
# that only get a cursor inside a transaction can check what they touch.
_ACTIVE: contextvars.ContextVar[Scope | None] = contextvars.ContextVar("impactkaart_scope",
                                                                       default=None)


def active() -> Scope | None:
    """The scope of the write transaction running now (None: unscoped, or no write)."""
    return _ACTIVE.get()


def activate(scope: Scope | None) -> contextvars.Token:
    return _ACTIVE.set(scope)


def deactivate(token: contextvars.Token) -> None:
    _ACTIVE.reset(token)
