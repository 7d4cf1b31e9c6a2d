"""The JSON project file (docs/project-format.md): read, with errors naming the field; write.

Every problem becomes a `FieldError` whose path names the field, so the CLI
and the UI can both say ``effects[2].deadweight: moet tussen 0 en 1 liggen``
(worded by `impactkaart.text.errors`, in Dutch or English).
"""

from __future__ import annotations

import json
from pathlib import Path

from impactkaart.core.model import FieldError, Project, ProjectError, parse_project
from impactkaart.core.reference import Reference

MAX_FILE_MB = 5
MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024  # a project file is a few kB; this big is a mistake
_TOO_LARGE = FieldError("", "file_too_large", {"limit": MAX_FILE_MB})


class _BadConstant(ValueError):
    def __init__(self, name: str):
        super().__init__(name)
        self.name = name


def parse_project_json(raw: bytes | str, reference: Reference | None = None) -> Project:
    """Parse the bytes or text of a project file, or raise `ProjectError`."""
    if isinstance(raw, bytes):
        if len(raw) > MAX_FILE_BYTES:
            raise ProjectError([_TOO_LARGE])
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ProjectError(
                [FieldError("", "not_utf8", {"byte": exc.start})]
            ) from exc
    if not raw.strip():
        raise ProjectError([FieldError("", "empty_file")])
    try:
        data = json.loads(raw, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:  # its reason (exc.msg) is Python's, in English
        raise ProjectError([FieldError(
            "", "bad_json", {"line": exc.lineno, "column": exc.colno, "reason": exc.msg})]) from exc
    except _BadConstant as exc:
        raise ProjectError([FieldError("", "bad_constant", {"name": exc.name})]) from exc
    except ValueError as exc:  # e.g. an integer of more than 4300 digits; Python's words
        raise ProjectError([FieldError("", "bad_json_value", {"reason": str(exc)})]) from exc
    return parse_project(data, reference)


def _reject_constant(name: str) -> float:
    raise _BadConstant(name)


def read_project_file(path: str | Path, reference: Reference | None = None) -> Project:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProjectError([_TOO_LARGE])
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise ProjectError([FieldError("", "file_not_found")]) from exc
    except IsADirectoryError as exc:
        raise ProjectError([FieldError("", "is_folder")]) from exc
    except PermissionError as exc:
        raise ProjectError([FieldError("", "no_read_permission")]) from exc
    return parse_project_json(raw, reference)


def project_json(project: Project) -> str:
    return json.dumps(project.to_dict(), ensure_ascii=False, indent=2) + "\n"


def write_project_file(project: Project, path: str | Path) -> None:
    Path(path).write_text(project_json(project), encoding="utf-8")
