"""`impactkaart import`, `export`, `list` and `demo`: projects in and out of the database."""

from __future__ import annotations

import argparse
from pathlib import Path

from impactkaart.authoring.demo import load_demo
from impactkaart.cli.organisation import open_store
from impactkaart.io.project_file import read_project_file, write_project_file
from impactkaart.text.catalogue import t
from impactkaart.text.names import project_type_label

COMMANDS = ("import", "export", "list", "demo")


def add_commands(sub, lang: str) -> None:
    p = sub.add_parser("import", help=t("cli.import.help", lang))
    p.add_argument("file", type=Path)
    p = sub.add_parser("export", help=t("cli.export.help", lang))
    p.add_argument("id", type=int)
    p.add_argument("file", type=Path)
    sub.add_parser("list", help=t("cli.list.help", lang))
    sub.add_parser("demo", help=t("cli.demo.help", lang))


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    if args.command == "import":
        project = read_project_file(args.file)  # validate before the store is opened
        with open_store(args) as store:
            project_id = store.save_project(project)
        print(t("cli.import.saved", lang, id=project_id, name=project.name))
        return 0
    with open_store(args) as store:
        if args.command == "export":
            write_project_file(store.load_project(args.id), args.file)
            print(t("cli.export.written", lang, id=args.id, file=args.file))
        elif args.command == "list":
            projects = store.list_projects()
            if projects.empty:
                print(t("cli.list.none", lang))
            for row in projects.itertuples():
                kind = row.project_type if lang == "nl" else project_type_label(row.project_type, lang)
                print(t("cli.list.row", lang, id=f"{row.id:>4}", name=row.name, type=kind,
                        phase=row.phase, years=row.years))
        elif args.command == "demo":
            for name, project_id, added in load_demo(store):
                state = t("cli.demo.added" if added else "cli.demo.there", lang)
                print(f"{project_id:>4}  {name}  ({state})")
    return 0
