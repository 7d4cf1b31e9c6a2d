"""What the convention picker edits (issue 15 item 13): the project's discounting convention,
with that convention's sourced rate, validated by `parse_project` like every other change."""

from __future__ import annotations

from impactkaart.core.model import Project, parse_project
from impactkaart.core.reference import Reference, default_reference


def with_convention(project: Project, convention: str, reference: Reference | None = None) -> Project:
    """The project under ``convention`` and its default rate (parameters.csv); the same
    project when the convention does not change (an own rate is kept). Raises `ProjectError`."""
    if convention == project.discount_convention:
        return project
    data = project.to_dict()
    data["discount_convention"] = convention
    data.pop("discount_rate", None)  # the convention's own rate (core/conventions.py)
    data.pop("discount_rate_range", None)  # a range about the old rate no longer fits
    return parse_project(data, reference or default_reference())
