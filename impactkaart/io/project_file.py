"""The JSON project file (docs/project-format.md): read with Dutch errors, write.

Every problem becomes a `FieldError` whose path names the field, so the CLI
and the UI can both say ``effects[2].deadweight: moet tussen 0 en 1 liggen``.
"""

from __future__ import annotations

import json
from pathlib import Path

from impactkaart.core.model import FieldError, Project, ProjectError, parse_project
from impactkaart.core.reference import Reference

MAX_FILE_BYTES = 5 * 1024 * 1024  # a project file is a few kB; anything this big is a mistake


def parse_project_json(raw: bytes | str, reference: Reference | None = None) -> Project:
    """Parse the bytes or text of a project file, or raise `ProjectError`."""
    if isinstance(raw, bytes):
        if len(raw) > MAX_FILE_BYTES:
            raise ProjectError([FieldError("", "het bestand is te groot (meer dan 5 MB)")])
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ProjectError(
                [FieldError("", f"het bestand is geen UTF-8-tekst (byte {exc.start})")]
            ) from exc
    if not raw.strip():
        raise ProjectError([FieldError("", "het bestand is leeg")])
    try:
        data = json.loads(raw, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise ProjectError(
            [FieldError("", f"geen geldige JSON (regel {exc.lineno}, kolom {exc.colno}): {exc.msg}")]
        ) from exc
    except ValueError as exc:
        raise ProjectError([FieldError("", str(exc))]) from exc
    return parse_project(data, reference)


def _reject_constant(name: str) -> float:
    raise ValueError(f"'{name}' is geen geldig getal in een projectbestand")


def read_project_file(path: str | Path, reference: Reference | None = None) -> Project:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProjectError([FieldError("", "het bestand is te groot (meer dan 5 MB)")])
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise ProjectError([FieldError("", "bestand niet gevonden")]) from exc
    except IsADirectoryError as exc:
        raise ProjectError([FieldError("", "dit is een map, geen bestand")]) from exc
    except PermissionError as exc:
        raise ProjectError([FieldError("", "geen leesrechten voor dit bestand")]) from exc
    return parse_project_json(raw, reference)


def project_json(project: Project) -> str:
    return json.dumps(project.to_dict(), ensure_ascii=False, indent=2) + "\n"


def write_project_file(project: Project, path: str | Path) -> None:
    Path(path).write_text(project_json(project), encoding="utf-8")
