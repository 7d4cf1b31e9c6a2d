"""`impactkaart kpi import FILE --programme NAME` and `impactkaart kpi report [--json]`.

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
    find_programme,
    import_measurements,
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
    imp.add_argument("file", type=Path)
    imp.add_argument("--programme", "--programma", required=True,
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
    lang = args.lang
    if not args.programme.strip():
        return fail([t("monitoring.cli.programme_empty", lang), t("cli.nothing_saved", lang)])
    if args.werksoort is not None and args.werksoort not in WERKSOORTEN:
        return fail([t("monitoring.cli.bad_werksoort", lang, value=args.werksoort,
                       choices=", ".join(WERKSOORTEN)), t("cli.nothing_saved", lang)])
    try:
        raw = _read(args.file)
    except TableImportError as exc:
        return fail([f"{args.file}: {p.text(lang)}" for p in exc.problems]
                    + [t("cli.nothing_saved", lang)])
    with open_store(args) as store:
        kpis = library(own_kpis(store))
        result = read_measurements(raw, args.file.name, kpis)
        if not result.ok:
            lines = [f"{args.file}: {p.text(lang)}" for p in result.problems]
            return fail([*lines, t("cli.nothing_saved", lang)])
        existing = find_programme(store, args.programme)
        werksoort = args.werksoort or (existing.werksoort if existing else
                                       _werksoort_of({m.kpi for m in result.rows}, kpis))
        try:
            pid, added, corrected = import_measurements(store, args.programme, werksoort,
                                                        result.rows, _who(args))
        except ProgrammeError as exc:
            return fail([t(f"monitoring.programme_error.{exc.code}", lang, **exc.values),
                         t("cli.nothing_saved", lang)])
    print(t("monitoring.cli.imported", lang, added=added, corrected=corrected,
            name=args.programme.strip(), id=pid))
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
