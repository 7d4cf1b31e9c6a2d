"""`impactkaart kpi import FILE [FILE …] --programme NAME [--programme NAME …]` and
`impactkaart kpi report [--json]`.

Registered on the main parser by `impactkaart.cli.main`. A problem in the file ends as
lines on stderr naming the file, row and column (Dutch, or English with ``--lang en``),
exit status 2, nothing saved (docs/kpi.md).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from impactkaart.cli.common import fail
from impactkaart.cli.data import _read
from impactkaart.cli.organisation import open_store
from impactkaart.io.imports.problems import TableImportError
from impactkaart.monitoring import report as monitoring_report
from impactkaart.monitoring.library import WERKSOORTEN, library
from impactkaart.monitoring.measurements import read_measurements
from impactkaart.monitoring.store import (
    ProgrammeError,
    ProgrammeImport,
    find_programme,
    import_many,
    list_programmes,
    own_kpis,
)
from impactkaart.text.catalogue import LANGUAGES, t

COMMANDS = ("kpi",)


def add_commands(sub, lang: str) -> None:
    p = sub.add_parser("kpi", help=t("monitoring.cli.help", lang),
                       description=t("monitoring.cli.description", lang))
    actions = p.add_subparsers(dest="kpi_command", required=True,
                               metavar=t("monitoring.cli.action", lang))
    imp = actions.add_parser("import", help=t("monitoring.cli.import_help", lang))
    imp.add_argument("file", type=Path, nargs="+", help=t("monitoring.cli.files_help", lang))
    imp.add_argument("--programme", "--programma", required=True, action="append",
                     help=t("monitoring.cli.programme_help", lang))
    imp.add_argument("--werksoort", help=t("monitoring.cli.werksoort_help", lang,
                                           choices=", ".join(WERKSOORTEN)))
    imp.add_argument("--door", help=t("monitoring.cli.who_help", lang))
    rep = actions.add_parser("report", help=t("monitoring.cli.report_help", lang))
    rep.add_argument("--json", action="store_true", help=t("monitoring.cli.json_help", lang))
    rep.add_argument("--programme", "--programma", help=t("monitoring.cli.only_help", lang))
    for action in (imp, rep):  # also after the action: `kpi import f.csv --lang en`
        action.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                            help=t("cli.lang.help", lang))
        action.add_argument("--english", dest="lang", action="store_const", const="en",
                            default=argparse.SUPPRESS, help=t("cli.english.help", lang))


def _who(args) -> str:
    if args.door and args.door.strip():
        return args.door.strip()[:100]
    try:
        return "cli:" + getpass.getuser()
    except Exception:  # no user name on this system (a container): still say where it came from
        return "cli"


def _import(args: argparse.Namespace) -> int:
    """Every file read and checked first, then all saved in one transaction
    (`store.import_many`): one bad file and none is saved, and 200 files cost one commit."""
    lang = args.lang
    files, names = args.file, args.programme
    if len(names) not in (1, len(files)):
        return fail([t("monitoring.cli.programme_count", lang, files=len(files), names=len(names)),
                     t("cli.nothing_saved", lang)])
    if any(not name.strip() for name in names):
        return fail([t("monitoring.cli.programme_empty", lang), t("cli.nothing_saved", lang)])
    if args.werksoort is not None and args.werksoort not in WERKSOORTEN:
        return fail([t("monitoring.cli.bad_werksoort", lang, value=args.werksoort,
                       choices=", ".join(WERKSOORTEN)), t("cli.nothing_saved", lang)])
    names = names * len(files) if len(names) == 1 else names
    raws, problems = [], []
    for path in files:
        try:
            raws.append(_read(path))
        except TableImportError as exc:
            problems += [f"{path}: {p.text(lang)}" for p in exc.problems]
    if problems:
        return fail([*problems, t("cli.nothing_saved", lang)])
    with open_store(args) as store:
        kpis = library(own_kpis(store))
        results = [read_measurements(raw, path.name, kpis) for raw, path in zip(raws, files)]
        problems = [f"{path}: {p.text(lang)}" for path, result in zip(files, results)
                    for p in result.problems]
        if problems:  # every bad file's problems, each line naming its file, row and column
            return fail([*problems, t("cli.nothing_saved", lang)])
        existing = {p.name: p for p in list_programmes(store)}
        batch = []
        for name, result in zip(names, results):
            found = existing.get(name.strip())
            werksoort = args.werksoort or (found.werksoort if found else
                                           _werksoort_of({m.kpi for m in result.rows}, kpis))
            batch.append(ProgrammeImport(name, werksoort, result.rows))
        try:
            saved = import_many(store, batch, _who(args))
        except ProgrammeError as exc:
            return fail([t(f"monitoring.programme_error.{exc.code}", lang, **exc.values),
                         t("cli.nothing_saved", lang)])
    for path, name, (pid, added, corrected) in zip(files, names, saved):
        line = t("monitoring.cli.imported", lang, added=added, corrected=corrected,
                 name=name.strip(), id=pid)
        print(line if len(files) == 1 else f"{path}: {line}")
    return 0


def _werksoort_of(keys: set[str], kpis) -> str:
    shared = None
    for key in keys:
        sorts = set(kpis[key].werksoorten)
        shared = sorts if shared is None else shared & sorts
    return sorted(shared)[0] if shared else "overig"


def _report(args: argparse.Namespace) -> int:
    lang = args.lang
    with open_store(args) as store:
        programme_id = None
        if args.programme:
            found = find_programme(store, args.programme)
            if found is None:
                return fail([t("monitoring.cli.no_programme", lang, name=args.programme)])
            programme_id = found.id
        if args.json:  # written from the columns, as json.dump(rows, indent=1) would
            sys.stdout.write(monitoring_report.report_json(store, programme_id) + "\n")
            return 0
        rows = monitoring_report.report_rows(store, programme_id)
    for line in monitoring_report.report_lines(rows, lang):
        print(line)
    return 0


def run(args: argparse.Namespace) -> int:
    return {"import": _import, "report": _report}[args.kpi_command](args)
