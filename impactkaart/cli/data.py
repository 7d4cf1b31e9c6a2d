"""`impactkaart import-table`, `backup` and `restore`: bringing data in and keeping it safe.

Registered on the main parser by `impactkaart.cli.main`. Like the rest of the CLI,
a problem the user can fix ends as Dutch lines on stderr with exit status 2,
a database that cannot be opened with exit status 1; nothing is saved then.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from impactkaart.io.imports.problems import TableImportError
from impactkaart.io.imports.read import MAX_FILE_BYTES
from impactkaart.io.imports.tables import DEFAULT_PROJECT_TYPE, NewProject, import_file
from impactkaart.store.backup import MAX_BACKUP_BYTES, BackupError, restore, write_backup
from impactkaart.store.projects import ProjectNotFound, Store

COMMANDS = ("import-table", "backup", "restore")
EXIT_INPUT = 2
_DECIMALS = {"komma": ",", "punt": "."}


def add_commands(sub) -> None:
    p = sub.add_parser(
        "import-table",
        help="lees effecten en/of kosten uit een CSV- of Excel-bestand in een project",
        description="Leest effecten en/of kosten uit een CSV- of Excel-bestand (.xlsx). "
        "Alle rijen of geen: bij één fout wordt niets opgeslagen en ziet u elke fout met "
        "rij en kolom. De rijen uit het bestand vervangen de effecten (en/of kosten) van het "
        "project, tenzij u --toevoegen gebruikt.",
    )
    p.add_argument("file", type=Path)
    p.add_argument("--project", required=True, metavar="ID|NAAM",
                   help="het project (nummer of naam) waarin de rijen komen")
    p.add_argument("--nieuw", action="store_true",
                   help="maak het project aan als er nog geen project met deze naam is")
    p.add_argument("--type", default=DEFAULT_PROJECT_TYPE,
                   help=f"projecttype van een nieuw project (standaard: {DEFAULT_PROJECT_TYPE})")
    p.add_argument("--looptijd", type=int, help="looptijd in jaren van een nieuw project "
                   "(standaard: het laatste kostenjaar in het bestand)")
    p.add_argument("--decimaal", choices=sorted(_DECIMALS),
                   help="decimaalteken van het bestand (standaard: automatisch herkend)")
    p.add_argument("--toevoegen", action="store_true",
                   help="voeg de rijen toe na de bestaande in plaats van ze te vervangen")

    p = sub.add_parser("backup", help="schrijf alle projecten naar één back-upbestand (JSON)")
    p.add_argument("file", type=Path)
    p = sub.add_parser(
        "restore", help="zet een back-up terug (vervangt alle projecten)",
        description="Zet een back-up terug: alle projecten in de database worden vervangen door "
        "die uit de back-up. Het bestand wordt eerst helemaal gecontroleerd; de huidige inhoud "
        "wordt eerst als automatische back-up naast de database bewaard.",
    )
    p.add_argument("file", type=Path)


def _fail(lines: list[str], code: int = EXIT_INPUT) -> int:
    for line in lines:
        print(line, file=sys.stderr)
    return code


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise TableImportError.single(
                f"het bestand is te groot (meer dan {MAX_FILE_BYTES // (1024 * 1024)} MB)")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise TableImportError.single("bestand niet gevonden") from exc
    except IsADirectoryError as exc:
        raise TableImportError.single("dit is een map, geen bestand") from exc
    except PermissionError as exc:
        raise TableImportError.single("geen leesrechten voor dit bestand") from exc


def _import_table(args: argparse.Namespace) -> int:
    try:
        raw = _read(args.file)
    except TableImportError as exc:
        return _fail([f"{args.file}: {p}" for p in exc.problems])
    with Store(args.db) as store:
        target = project_id = new = None
        if args.project.isdigit():
            project_id = int(args.project)
            try:
                target = store.load_project(project_id)
            except ProjectNotFound as exc:
                return _fail([str(exc)])
        else:
            project_id = store.find_project(args.project)
            if project_id is not None:
                target = store.load_project(project_id)
            elif args.nieuw:
                new = NewProject(args.project, args.type, args.looptijd)
            else:
                return _fail([f"Project '{args.project}' bestaat niet. Kies een bestaand project "
                              "(impactkaart list) of maak het aan met --nieuw."])
        try:
            preview = import_file(raw, args.file.name, target, new,
                                  decimal=_DECIMALS.get(args.decimaal), replace=not args.toevoegen)
        except TableImportError as exc:
            lines = [f"{args.file}: {p}" for p in exc.problems]
            return _fail([*lines, "Er is niets opgeslagen."])
        saved_id = store.save_project(preview.project, project_id)
    words = {"effects": "effecten", "costs": "kostenregels"}
    counts = ", ".join(f"{n} {words[k]}" for k, n in preview.counts.items() if n)
    how = "toegevoegd aan" if args.toevoegen else "ingelezen in"
    state = "nieuw project" if new is not None else "project"
    print(f"{counts} {how} {state} {saved_id}: {preview.project.name}")
    for note in preview.notes:
        print(note)
    return 0


def _backup(args: argparse.Namespace) -> int:
    try:
        with Store(args.db) as store:
            count = write_backup(store, args.file)
    except OSError as exc:
        return _fail([f"{args.file}: kan niet worden geschreven ({exc.strerror or exc})"])
    print(f"Back-up van {count} projecten geschreven naar {args.file}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    try:
        if args.file.stat().st_size > MAX_BACKUP_BYTES:
            return _fail([f"{args.file}: het bestand is te groot voor een back-up"])
        raw = args.file.read_bytes()
    except FileNotFoundError:
        return _fail([f"{args.file}: bestand niet gevonden"])
    except OSError as exc:
        return _fail([f"{args.file}: kan niet worden gelezen ({exc.strerror or exc})"])
    with Store(args.db) as store:
        try:
            result = restore(store, raw)
        except BackupError as exc:
            return _fail([*(f"{args.file}: {e}" for e in exc.errors), "Er is niets gewijzigd."])
    print(f"{result.projects} projecten teruggezet uit {args.file}.")
    if result.automatic_backup:
        print(f"De vorige inhoud staat in {result.automatic_backup}")
    return 0


def run(args: argparse.Namespace) -> int:
    """Run one of `COMMANDS`; store errors are left to the caller (exit status 1)."""
    commands = {"import-table": _import_table, "backup": _backup, "restore": _restore}
    return commands[args.command](args)
