"""The version history of a project: list, name, restore and compare versions.

Every save of a project is a version (`impactkaart.versions.store.record_version` runs
inside the save): the whole project file as a snapshot, who saved it, when, and what
changed in words. Nothing is ever overwritten: a restore saves the old version's project
as a new version ("versie 3 teruggezet" and what that changed), so the history keeps
what came between. Opening a project never reads the history (the project tables hold
the newest version), so a long history costs a project nothing until it is shown.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from impactkaart.core.engine import ProjectResult, compute
from impactkaart.core.model import Project, parse_project
from impactkaart.store.projects import Store
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.summary import fte_text
from impactkaart.versions import store as rows
from impactkaart.versions.authors import clean_name, restoring, saving_as
from impactkaart.versions.changes import Change, differences, from_json
from impactkaart.workshop.design import WordedError

MAX_LABEL = 80


class VersionError(WordedError):
    prefix = "versions.error"


@dataclass(frozen=True)
class Version:
    number: int
    saved_at: dt.datetime
    author: str
    label: str | None
    restored_from: int | None
    changes_text: str  # as stored; worded only for the versions shown (`changes`)

    @property
    def changes(self) -> tuple[Change, ...]:
        return tuple(from_json(self.changes_text))

    def title(self, lang: str = "nl") -> str:
        """'versie 4 · sROI 1.0' (the label is the user's text: show it literally)."""
        head = t("versions.version_n", lang, number=self.number)
        return f"{head} · {self.label}" if self.label else head


def history(store: Store, project_id: int) -> list[Version]:
    """Every version of a project, newest first."""
    return [Version(int(n), saved, author or "", label, restored, changes)
            for n, saved, author, label, restored, changes in rows.version_rows(store, project_id)]


def _snapshot(store: Store, project_id: int, number: int) -> dict:
    text = rows.snapshot(store, project_id, int(number))
    if text is None:
        raise VersionError("unknown_version", number=number)
    return json.loads(text)


def project_at(store: Store, project_id: int, number: int) -> Project:
    """The project as it was saved in version ``number``."""
    return parse_project(_snapshot(store, project_id, number), store.reference)


def restore(store: Store, project_id: int, number: int, author: str | None = None) -> int:
    """Save version ``number`` again as the project's newest version; its number."""
    project = project_at(store, project_id, number)
    with restoring(int(number)):
        if author is None:
            store.save_project(project, project_id)
        else:
            with saving_as(author):
                store.save_project(project, project_id)
    return history(store, project_id)[0].number


def name_version(store: Store, project_id: int, number: int, label: str) -> None:
    """Give a version a name ("sROI 1.0"); an empty name takes it away."""
    label = clean_name(label)[:MAX_LABEL] or None
    if not store.write(lambda cur: rows.set_label(cur, project_id, int(number), label)):
        raise VersionError("unknown_version", number=number)


def diff(store: Store, project_id: int, old: int, new: int) -> list[Change]:
    """What changed from version ``old`` to version ``new`` (in either order)."""
    return differences(_snapshot(store, project_id, old), _snapshot(store, project_id, new))


@dataclass(frozen=True)
class Comparison:
    old: int
    new: int
    old_result: ProjectResult
    new_result: ProjectResult
    changes: tuple[Change, ...]

    def figures(self, lang: str = "nl") -> list[tuple[str, str, str]]:
        """(figure, in the old version, in the new one): the results side by side."""
        def line(key, value):
            return (t(key, lang), value(self.old_result), value(self.new_result))

        return [
            line("rendementsfactor", lambda r: formats.factor(r.rendementsfactor, lang, decimals=2)),
            line("npv", lambda r: formats.euro(r.npv, lang)),
            line("total_costs", lambda r: formats.euro(r.pv_costs, lang)),
            line("total_benefits", lambda r: formats.euro(r.pv_benefits, lang)),
            line("results.fte_per_year", lambda r: t("fte_unit", lang, fte=fte_text(r.fte_per_year, lang))),
        ]


def compare(store: Store, project_id: int, old: int, new: int) -> Comparison:
    """Two versions side by side: both results (the engine) and exactly what differs."""
    before, after = _snapshot(store, project_id, old), _snapshot(store, project_id, new)
    results = [compute(parse_project(d, store.reference), store.reference) for d in (before, after)]
    return Comparison(int(old), int(new), *results, tuple(differences(before, after)))
