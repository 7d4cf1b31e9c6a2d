"""The illustrative demo projects in impactkaart/data/demo/, loaded so the app is never empty."""

from __future__ import annotations

from pathlib import Path

from impactkaart.core.model import Project
from impactkaart.core.reference import DATA_DIR
from impactkaart.io.project_file import read_project_file
from impactkaart.store.projects import Store

DEMO_DIR = DATA_DIR / "demo"


def demo_files() -> list[Path]:
    return sorted(DEMO_DIR.glob("*.json"))


def demo_projects() -> list[Project]:
    return [read_project_file(path) for path in demo_files()]


def load_demo(store: Store) -> list[tuple[str, int, bool]]:
    """Add each demo project the store does not hold by name; (name, id, added)."""
    loaded = []
    for project in demo_projects():
        existing = store.find_project(project.name)
        if existing is None:
            loaded.append((project.name, store.save_project(project), True))
        else:
            loaded.append((project.name, existing, False))
    return loaded


def ensure_demo(store: Store) -> None:
    """On a first run (an empty store), load the demo projects: the check and the saves in
    one write transaction, so two app servers starting together on one PostgreSQL load
    them once (the write lock is the database's)."""
    if store.list_projects().empty:
        store.save_if_empty(demo_projects())
