"""The saved versions of the kill test (tests/store/test_crash_safety.py), importable by its child
process without Streamlit or pytest."""

from __future__ import annotations

import dataclasses

from impactkaart.authoring.demo import demo_projects
from impactkaart.core.model import Cost


def version(k: int):
    """Save number k of the test project: the number of effects and costs changes with k, so
    a half-written save would show as rows of two versions mixed."""
    base = demo_projects()[0]
    effects = tuple(dataclasses.replace(e, quantity=float(k)) for e in base.effects[: 1 + k % 3])
    costs = tuple(Cost(1 + j % base.years, "gemeente", 100.0 * k + j) for j in range(1 + k % 4))
    return dataclasses.replace(base, description=f"versie {k}", effects=effects, costs=costs)
