"""Store of the discounting convention (issue 15 item 13): one column on projects.

Migration 11 (numbers 7–10 are assigned to other areas of this session and arrive with
them; see `migrations.ASSIGNED`). Portable SQL: a TEXT column, NULL for a project from
before, which reads back as the default convention (core/conventions.py)."""

from __future__ import annotations

from impactkaart.store.migrations import register

register(11, "discount_convention", [
    "ALTER TABLE projects ADD COLUMN discount_convention TEXT",
])
