"""`impactkaart import-table`, `backup` and `restore`: bringing data in and keeping it safe.

Registered on the main parser by `impactkaart.cli.main`. Like the rest of the CLI,
a problem the user can fix ends as lines on stderr (Dutch, or English with
``--lang en``) with exit status 2, a database that cannot be opened with exit
status 1; nothing is saved then.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from impactkaart.cli.common import fail
from impactkaart.cli.organisation import open_store
from impactkaart.io.imports.problems import TableImportError
from impactkaart.io.imports.read import MAX_FILE_BYTES
from impactkaart.io.imports.tables import DEFAULT_PROJECT_TYPE, NewProject, import_file
from impactkaart.store.backup import MAX_BACKUP_BYTES, BackupError, restore, write_backup
from impactkaart.store.projects import ProjectNotFound
from impactkaart.text.catalogue import t

COMMANDS = ("import-table", "backup", "restore")
_DECIMALS = {"komma": ",", "punt": "."}


def add_commands(sub, lang: str) -> None:
    p = sub.add_parser("import-table", help=t("cli.import_table.help", lang),
                       description=t("cli.import_table.description", lang))
    p.add_argument("file", type=Path)
    p.add_argument("--project", required=True, metavar=t("cli.import_table.project_metavar", lang),
                   help=t("cli.import_table.project_help", lang))
    p.add_argument("--nieuw", action="store_true", help=t("cli.import_table.new_help", lang))
    p.add_argument("--type", default=DEFAULT_PROJECT_TYPE,
                   help=t("cli.import_table.type_help", lang, default=DEFAULT_PROJECT_TYPE))
    p.add_argument("--looptijd", type=int, help=t("cli.import_table.years_help", lang))
    p.add_argument("--decimaal", choices=sorted(_DECIMALS),
                   help=t("cli.import_table.decimal_help", lang))
    p.add_argument("--toevoegen", action="store_true", help=t("cli.import_table.add_help", lang))

    p = sub.add_parser("backup", help=t("cli.backup.help", lang))
    p.add_argument("file", type=Path)
    p = sub.add_parser("restore", help=t("cli.restore.help", lang),
                       description=t("cli.restore.description", lang))
    p.add_argument("file", type=Path)


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise TableImportError.single("too_big", mb=MAX_FILE_BYTES // (1024 * 1024))
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise TableImportError.single("not_found") from exc
    except IsADirectoryError as exc:
        raise TableImportError.single("a_folder") from exc
    except PermissionError as exc:
        raise TableImportError.single("no_read_rights") from exc


def _import_table(args: argparse.Namespace) -> int:
    lang = args.lang
    try:
        raw = _read(args.file)
    except TableImportError as exc:
        return fail([f"{args.file}: {p.text(lang)}" for p in exc.problems])
    with open_store(args) as store:
        target = project_id = new = None
        if args.project.isdigit():
            project_id = int(args.project)
            try:
                target = store.load_project(project_id)
            except ProjectNotFound as exc:
                return fail([str(exc)])
        else:
            project_id = store.find_project(args.project)
            if project_id is not None:
                target = store.load_project(project_id)
            elif args.nieuw:
                new = NewProject(args.project, args.type, args.looptijd)
            else:
                return fail([t("cli.import_table.no_project", lang, name=args.project)])
        try:
            preview = import_file(raw, args.file.name, target, new,
                                  decimal=_DECIMALS.get(args.decimaal), replace=not args.toevoegen)
        except TableImportError as exc:
            lines = [f"{args.file}: {p.text(lang)}" for p in exc.problems]
            return fail([*lines, t("cli.nothing_saved", lang)])
        saved_id = store.save_project(preview.project, project_id)
    counts = ", ".join(t(f"cli.import_table.{k}", lang, n=n) for k, n in preview.counts.items() if n)
    done = "add" if args.toevoegen else "replace"
    new_project = "_new" if new is not None else ""
    print(t(f"cli.import_table.done_{done}{new_project}", lang, counts=counts, id=saved_id,
            name=preview.project.name))
    for note in preview.note_texts(lang):
        print(note)
    return 0


def _backup(args: argparse.Namespace) -> int:
    try:
        with open_store(args) as store:
            count = write_backup(store, args.file)
    except OSError as exc:
        return fail([t("cli.backup.cannot_write", args.lang, file=args.file,
                       reason=exc.strerror or exc)])
    print(t("cli.backup.written", args.lang, n=count, file=args.file))
    return 0


def _restore(args: argparse.Namespace) -> int:
    lang = args.lang
    try:
        if args.file.stat().st_size > MAX_BACKUP_BYTES:
            return fail([t("cli.restore.too_big", lang, file=args.file)])
        raw = args.file.read_bytes()
    except FileNotFoundError:
        return fail([t("cli.restore.not_found", lang, file=args.file)])
    except OSError as exc:
        return fail([t("cli.restore.cannot_read", lang, file=args.file, reason=exc.strerror or exc)])
    with open_store(args) as store:
        try:
            result = restore(store, raw)
        except BackupError as exc:
            return fail([*(f"{args.file}: {e}" for e in exc.texts(lang)), t("cli.nothing_changed", lang)])
    print(t("cli.restore.done", lang, n=result.projects, file=args.file))
    if result.automatic_backup:
        print(t("cli.restore.previous", lang, file=result.automatic_backup))
    return 0


def run(args: argparse.Namespace) -> int:
    """Run one of `COMMANDS`; store errors are left to the caller (exit status 1)."""
    commands = {"import-table": _import_table, "backup": _backup, "restore": _restore}
    return commands[args.command](args)
