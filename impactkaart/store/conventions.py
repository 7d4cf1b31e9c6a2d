"""Store of the discounting convention (issue 15 item 13): one column on projects.

Migration 11. Portable SQL: a TEXT column, NULL for a project from
before, which reads back as the default convention (core/conventions.py)."""

from __future__ import annotations

from impactkaart.store.migrations import register

register(11, "discount_convention", [
    "ALTER TABLE projects ADD COLUMN discount_convention TEXT",
])
