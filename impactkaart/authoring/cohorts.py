"""Cohorts in the editor (issue 16 item 4): one row per effect, its cohorts inside.

- `with_table_edits` keeps an effect's cohorts through the effects table: the table shows
  the effect's total quantity and first start year; a changed total is split over the
  cohorts as they were (docs/method.md § 19), a changed start year moves every cohort.
- `cohort_rows` / `with_cohorts`: the small per-effect table (start year, quantity).
- `merge_groups` / `merge_cohort_rows`: old files have one effect per cohort ("… (deelnemers
  van jaar 2)"); rows that differ only in start year and quantity (and that mark) become one
  effect with cohorts, computing to exactly the same numbers.
Everything goes back through `parse_project`; nothing is saved here.
"""

from __future__ import annotations

import json
import math
from dataclasses import fields
from typing import Any

from impactkaart.core.model import Effect, Project, ProjectError, parse_project
from impactkaart.core.plausibility import effect_name
from impactkaart.core.reference import Reference
from impactkaart.io.project_file import project_json
from impactkaart.text import numbers
from impactkaart.text.errors import message as problem_text

# What may differ between rows that are cohorts of one effect.
_PER_COHORT = {"outcome", "start_year", "quantity", "ranges", "cohorts"}


def with_table_edits(record: dict[str, Any], saved: dict[str, Any]) -> dict[str, Any]:
    """The effect record read from the table, with the saved effect's cohorts carried over
    and reconciled with the total and start year the table shows."""
    cohorts = saved.get("cohorts")
    if not cohorts:
        return record
    planned = math.fsum(c["quantity"] for c in cohorts)
    total = record.get("quantity", planned)
    start = record.get("start_year", min(c["start_year"] for c in cohorts))
    if not _number(total) or not isinstance(start, int) or isinstance(start, bool):
        return record  # the table's own error names the cell
    shift = start - min(c["start_year"] for c in cohorts)
    same = math.isclose(total, planned, rel_tol=1e-12, abs_tol=1e-12)
    n = len(cohorts)
    record["cohorts"] = [
        {"start_year": c["start_year"] + shift,
         "quantity": c["quantity"] if same else
         (total * c["quantity"] / planned if planned > 0 else total / n)}
        for c in cohorts
    ]
    record["quantity"] = math.fsum(c["quantity"] for c in record["cohorts"])
    record["start_year"] = start
    return record


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


# --- the per-effect cohort table ------------------------------------------------------------

def cohort_rows(effect: Effect, lang: str = "nl") -> list[dict[str, str]]:
    """The effect's cohorts as text cells (start year, quantity) for a small table; an
    effect without cohorts shows its one intake."""
    pairs = [(c.start_year, c.quantity) for c in effect.cohorts] or [
        (effect.start_year, effect.quantity)]
    return [{"start_year": str(start), "quantity": numbers.show(quantity, "number", lang)}
            for start, quantity in pairs]


class CohortError(ValueError):
    """What is wrong in the cohort table: (row as the user sees it or None, column or None,
    the words), in the language asked for."""

    def __init__(self, problems: list[tuple[int | None, str | None, str]]):
        super().__init__("; ".join(text for _, _, text in problems))
        self.problems = problems


def with_cohorts(project: Project, index: int, rows: list[dict[str, Any]],
                 reference: Reference | None = None, lang: str = "nl") -> Project:
    """The project with effect ``index``'s cohorts replaced by ``rows`` (text typed the
    way of ``lang``, or numbers); blank rows are left out, one row left means no cohorts.
    Raises `CohortError` naming the row and column."""
    problems: list[tuple[int | None, str | None, str]] = []
    cohorts = []
    for i, row in enumerate(rows, start=1):
        raw = {k: row.get(k) for k in ("start_year", "quantity")}
        if all(numbers.parse(v, "number", lang).status == "empty" for v in raw.values()):
            continue
        cell = {}
        for column, kind in (("start_year", "count"), ("quantity", "number")):
            reading = numbers.parse(raw[column], kind, lang)
            if reading.status == "empty":
                problems.append((i, column, numbers.required(lang)))
            elif not reading.ok:
                problems.append((i, column, numbers.describe(reading, str(raw[column]), kind,
                                                              lang, in_table=True)))
            else:
                cell[column] = int(reading.value) if column == "start_year" else reading.value
        if len(cell) == 2:
            cohorts.append(cell)
    if not problems and not cohorts:
        problems.append((None, None, numbers.required(lang)))
    if problems:
        raise CohortError(problems)
    data = _dict(project)
    effect = data["effects"][index]
    effect.pop("quantity", None)
    effect.pop("start_year", None)
    effect.pop("cohorts", None)
    if len(cohorts) > 1:
        effect["cohorts"] = cohorts
    else:
        effect.update(cohorts[0])
    try:
        return parse_project(data, reference)
    except ProjectError as exc:
        found = []
        prefix = f"effects[{index}].cohorts["
        for error in exc.errors:
            if error.path.startswith(prefix):
                row, _, column = error.path[len(prefix):].partition("].")
                found.append((int(row) + 1, column or None, problem_text(error, lang)))
            elif error.path.startswith(f"effects[{index}].") and len(cohorts) == 1:
                column = error.path.removeprefix(f"effects[{index}].").split(".")[0]
                found.append((1, column, problem_text(error, lang)))
            else:
                found.append((None, None, problem_text(error, lang)))
        raise CohortError(found) from exc


def _dict(project: Project) -> dict[str, Any]:
    return json.loads(project_json(project))


# --- merging old per-cohort rows ----------------------------------------------------------

def _signature(effect: Effect) -> tuple:
    """What must be equal for rows to be cohorts of one effect."""
    values = []
    for f in fields(Effect):
        if f.name in _PER_COHORT:
            continue
        value = getattr(effect, f.name)
        values.append(tuple(sorted(value.items())) if isinstance(value, dict) else value)
    ranges = {k: r for k, r in effect.ranges.items() if not (k == "quantity" and r.default)}
    return (effect_name(effect.outcome), tuple(sorted(ranges.items())), *values)


def merge_groups(project: Project) -> list[list[int]]:
    """Groups (of 2 or more effect indexes) that are one effect's cohorts written as rows:
    equal in everything but start year, quantity and the cohort mark of their outcome, with
    no measured quantity (a measurement belongs to one row) and no own range on quantity."""
    groups: dict[tuple, list[int]] = {}
    for i, effect in enumerate(project.effects):
        if effect.cohorts or effect.quantity_ex_post is not None:
            continue
        if "quantity" in effect.ranges and not effect.ranges["quantity"].default:
            continue
        groups.setdefault(_signature(effect), []).append(i)
    return [g for g in groups.values() if len(g) > 1]


def merge_counts(project: Project) -> tuple[int, int]:
    """(rows that would be merged, effects they become); (0, 0) when there is nothing."""
    groups = merge_groups(project)
    return sum(len(g) for g in groups), len(groups)


def merge_cohort_rows(project: Project, reference: Reference | None = None) -> Project:
    """The project with every `merge_groups` group as one effect with cohorts, at the place
    of its first row; the same numbers, fewer rows. Unchanged when there is nothing to merge."""
    groups = merge_groups(project)
    if not groups:
        return project
    data = _dict(project)
    first_of = {g[0]: g for g in groups}
    dropped = {i for g in groups for i in g[1:]}
    effects = []
    for i, record in enumerate(data["effects"]):
        if i in dropped:
            continue
        if i in first_of:
            rows = [project.effects[j] for j in first_of[i]]
            record["outcome"] = effect_name(record["outcome"])
            record["cohorts"] = [{"start_year": e.start_year, "quantity": e.quantity} for e in rows]
            record.pop("quantity", None)
            record.pop("start_year", None)
            ranges = {k: v for k, v in record.get("ranges", {}).items() if k != "quantity"}
            if "ranges" in record:
                record["ranges"] = ranges
        effects.append(record)
    data["effects"] = effects
    data["acknowledged_warnings"] = list(project.acknowledged_warnings)
    return parse_project(data, reference)
