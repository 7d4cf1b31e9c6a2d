"""The three roles of a member of an organisation."""

from __future__ import annotations

BEHEERDER, BEWERKER, LEZER = "beheerder", "bewerker", "lezer"
ROLES = (BEHEERDER, BEWERKER, LEZER)


def can_edit(role: str) -> bool:
    """A beheerder and a bewerker change projects, KPIs, workshops; a lezer reads."""
    return role in (BEHEERDER, BEWERKER)


def can_manage(role: str) -> bool:
    """Only a beheerder invites and removes members and manages the organisation."""
    return role == BEHEERDER
