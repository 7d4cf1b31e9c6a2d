"""What the in-kind editor edits: the project's in-kind lines and whether they count
(issue 15 item 10), validated by `parse_project` like every other change."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from impactkaart.core.model import IN_KIND_HOUR_PARAMETER, Project, parse_project
from impactkaart.core.reference import Reference, default_reference

LINE_FIELDS = ("label", "provider", "hours", "value_per_hour", "amount", "years", "source")
DEFAULT_PROVIDER = "vrijwilligers"


def default_hour_value(reference: Reference | None = None) -> float:
    """The sourced value of an hour given in kind (parameters.csv)."""
    return (reference or default_reference()).parameter(IN_KIND_HOUR_PARAMETER)


def with_in_kind(project: Project, lines: Sequence[Mapping[str, Any]], count: bool,
                 reference: Reference | None = None) -> Project:
    """The project with these in-kind lines (fields of `LINE_FIELDS`; None or '' left out)
    and the switch; raises `ProjectError` naming ``in_kind[i].<field>``."""
    data = project.to_dict()
    data["in_kind"] = [{k: v for k, v in line.items() if k in LINE_FIELDS and v not in (None, "")}
                       for line in lines]
    data["count_in_kind"] = count
    return parse_project(data, reference)
