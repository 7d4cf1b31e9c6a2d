"""Cases in the DuckDB store: migration 4 and its queries (parameterised only).

A case is saved whole, in one transaction: its row in ``cases`` and its rows in
``case_periods``, ``case_values``, ``case_items`` (risk sizes and work-session
assessments) and ``case_investments``. Readers filter on the project, so the
cases of a deleted project are never shown. The tables are discovered by the
back-up (`impactkaart.store.backup`), so cases go into every back-up and come back
with a restore; deleting a project deletes its cases (`register_project_rows`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from impactkaart.cases.model import Assessment, Case, CaseError, Period, check_case
from impactkaart.store import scoping
from impactkaart.store.dialect import in_list, insert_rows
from impactkaart.store.migrations import register
from impactkaart.store.projects import Store, register_project_rows

register(4, "cases", [
    # Cases (impactkaart/cases/model.py, this module): pseudonymous, a code per project.
    # Ids without a sequence (max + 1): a restored back-up never collides with new ones.
    """CREATE TABLE cases (
        id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL, code VARCHAR NOT NULL,
        target_group VARCHAR NOT NULL DEFAULT '', own_words VARCHAR NOT NULL DEFAULT '',
        updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
        UNIQUE (project_id, code))""",
    """CREATE TABLE case_periods (
        case_id INTEGER NOT NULL, period INTEGER NOT NULL, label VARCHAR NOT NULL,
        PRIMARY KEY (case_id, period))""",
    """CREATE TABLE case_values (
        case_id INTEGER NOT NULL, period INTEGER NOT NULL, item VARCHAR NOT NULL,
        value DOUBLE NOT NULL, PRIMARY KEY (case_id, period, item))""",
    # Per case and item: a risk's size and the work session's assessment.
    """CREATE TABLE case_items (
        case_id INTEGER NOT NULL, item VARCHAR NOT NULL, size DOUBLE, share DOUBLE,
        reason VARCHAR NOT NULL DEFAULT '', consensus BOOLEAN NOT NULL DEFAULT false,
        PRIMARY KEY (case_id, item))""",
    """CREATE TABLE case_investments (
        case_id INTEGER NOT NULL, financier VARCHAR NOT NULL, amount DOUBLE NOT NULL,
        PRIMARY KEY (case_id, financier))""",
])


def list_cases(store: Store, project_id: int) -> list[Case]:
    """The cases of a project, ordered by code, in one query per table."""
    cur = store.cursor()
    try:
        if not scoping.visible(cur, store.scope, "projects", "id", project_id):
            return []  # another organisation's project: as if it had no cases
        heads = cur.execute(
            "SELECT id, code, target_group, own_words FROM cases WHERE project_id = ? "
            "ORDER BY code, id", [project_id]).fetchall()
        periods = cur.execute(
            "SELECT p.case_id, p.period, p.label FROM case_periods p JOIN cases c ON c.id = p.case_id "
            "WHERE c.project_id = ? ORDER BY p.case_id, p.period", [project_id]).fetchall()
        values = cur.execute(
            "SELECT v.case_id, v.period, v.item, v.value FROM case_values v "
            "JOIN cases c ON c.id = v.case_id WHERE c.project_id = ?", [project_id]).fetchall()
        items = cur.execute(
            "SELECT i.case_id, i.item, i.size, i.share, i.reason, i.consensus FROM case_items i "
            "JOIN cases c ON c.id = i.case_id WHERE c.project_id = ?", [project_id]).fetchall()
        money = cur.execute(
            "SELECT m.case_id, m.financier, m.amount FROM case_investments m "
            "JOIN cases c ON c.id = m.case_id WHERE c.project_id = ? ORDER BY m.financier",
            [project_id]).fetchall()
    finally:
        cur.close()
    parts: dict[int, dict] = {
        case_id: {"periods": [], "values": {}, "sizes": {}, "assessments": {}, "investments": {}}
        for case_id, *_ in heads
    }
    for case_id, number, label in periods:
        parts[case_id]["periods"].append(Period(int(number), label))
    for case_id, number, item, value in values:
        parts[case_id]["values"][(int(number), item)] = float(value)
    for case_id, item, size, share, reason, consensus in items:
        if size is not None:
            parts[case_id]["sizes"][item] = float(size)
        if share is not None or reason or consensus:
            parts[case_id]["assessments"][item] = Assessment(
                None if share is None else float(share), reason, bool(consensus))
    for case_id, financier, amount in money:
        parts[case_id]["investments"][financier] = float(amount)
    return [
        Case(code=code, target_group=group, own_words=words,
             periods=tuple(parts[case_id]["periods"]) or (Period(0, "Startsituatie"),),
             values=parts[case_id]["values"], sizes=parts[case_id]["sizes"],
             investments=parts[case_id]["investments"],
             assessments=parts[case_id]["assessments"], id=case_id)
        for case_id, code, group, words in heads
    ]


def _child_rows(case_id: int, case: Case) -> dict[str, tuple[list[str], list[tuple]]]:
    """The rows of a case's child tables, by table: (columns, rows), portable inserts."""
    items = sorted(set(case.sizes) | set(case.assessments))

    def number(value):
        return None if value is None else float(value)

    return {
        "case_periods": (["case_id", "period", "label"],
                         [(case_id, p.number, p.label) for p in case.periods]),
        "case_values": (["case_id", "period", "item", "value"],
                        [(case_id, n, k, float(v)) for (n, k), v in sorted(case.values.items())]),
        "case_items": (["case_id", "item", "size", "share", "reason", "consensus"],
                       [(case_id, k, number(case.sizes.get(k)),
                         number(case.assessments.get(k, Assessment()).share),
                         case.assessments.get(k, Assessment()).reason,
                         bool(case.assessments.get(k, Assessment()).consensus)) for k in items]),
        "case_investments": (["case_id", "financier", "amount"],
                             [(case_id, f.strip(), float(a)) for f, a in case.investments.items()]),
    }


def save_case(store: Store, project_id: int, case: Case) -> int:
    """Insert (``case.id`` None) or replace a case, checked first; return its id.

    Raises `CaseError` (Dutch, nothing saved) for a bad case or a code already in use.
    One transaction through `Store.write`, like every write of the store.
    """
    check_case(case, store.reference)
    case = _trimmed(case)
    return store.write(lambda cur: _write_case(cur, project_id, case))


def _write_case(cur, project_id: int, case: Case) -> int:
    scoping.require_project(cur, project_id)  # the scope's organisation's project only
    taken = cur.execute(
        "SELECT count(*) FROM cases WHERE project_id = ? AND code = ? AND id IS DISTINCT FROM ?",
        [project_id, case.code, case.id]).fetchone()[0]
    if taken:
        raise CaseError([f"Casuscode: {case.code} bestaat al in dit project; kies een andere"])
    if case.id is None:
        case_id = cur.execute("SELECT coalesce(max(id), 0) + 1 FROM cases").fetchone()[0]
        cur.execute(
            "INSERT INTO cases (id, project_id, code, target_group, own_words) "
            "VALUES (?, ?, ?, ?, ?)",
            [case_id, project_id, case.code, case.target_group, case.own_words])
    else:
        case_id = case.id
        found = cur.execute(
            "UPDATE cases SET code = ?, target_group = ?, own_words = ?, "
            "updated_at = current_timestamp WHERE id = ? AND project_id = ? RETURNING id",
            [case.code, case.target_group, case.own_words, case_id, project_id]).fetchall()
        if not found:
            raise CaseError([f"Casus {case.code} bestaat niet (meer) in dit project"])
        _delete_children(cur, [case_id])
    for table, (columns, rows) in _child_rows(case_id, case).items():
        insert_rows(cur, table, columns, rows)
    return int(case_id)


def _trimmed(case: Case) -> Case:
    return replace(case, code=case.code.strip(), target_group=case.target_group.strip(),
                   own_words=case.own_words.strip())


def _delete_children(cur, case_ids: Sequence[int]) -> None:
    ids = [int(i) for i in case_ids]
    if not ids:
        return
    for table in ("case_periods", "case_values", "case_items", "case_investments"):
        cur.execute(f"DELETE FROM {table} WHERE {in_list('case_id', len(ids))}", ids)


def delete_cases(store: Store, project_id: int, case_ids: Sequence[int] | None = None) -> int:
    """Delete some cases of a project (None: all of them), in one transaction; return how many."""
    wanted = None if case_ids is None else [int(i) for i in case_ids]

    scope = store.scope

    def work(cur) -> int:
        scoping.require_project(cur, project_id)
        chosen = "" if wanted is None else f" AND {in_list('id', len(wanted))}"
        ids = [r[0] for r in cur.execute(
            f"SELECT id FROM cases WHERE project_id = ?{chosen}",
            [project_id, *(wanted or [])]).fetchall()]
        _delete_children(cur, ids)
        if ids:
            cur.execute(f"DELETE FROM cases WHERE {in_list('id', len(ids))}", ids)
            scoping.audit(cur, scope, "delete", f"project {int(project_id)}",
                          f"{len(ids)} casus(sen)")
        return len(ids)

    return store.write(work)


def _delete_of_project(cur, project_id: int) -> None:
    ids = [r[0] for r in cur.execute("SELECT id FROM cases WHERE project_id = ?",
                                     [project_id]).fetchall()]
    _delete_children(cur, ids)
    cur.execute("DELETE FROM cases WHERE project_id = ?", [project_id])


register_project_rows(_delete_of_project)
scoping.child("cases", "project_id", "projects")
for _table in ("case_periods", "case_values", "case_items", "case_investments"):
    scoping.child(_table, "case_id", "cases")
