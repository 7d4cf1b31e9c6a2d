"""`impactkaart …`: a thin command line over the same API the app uses.

Errors a user can cause end as Dutch lines on stderr with exit status 2
(bad input) or 1 (the database is unavailable), never as a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from impactkaart.authoring.demo import load_demo
from impactkaart.cli import data as cli_data
from impactkaart.core.engine import ProjectResult, compute
from impactkaart.core.model import ProjectError
from impactkaart.core.reference import ReferenceDataError, default_reference
from impactkaart.io.project_file import read_project_file, write_project_file
from impactkaart.store.projects import Store, StoreError
from impactkaart.text import formats
from impactkaart.uncertainty.montecarlo import DEFAULT_SEED, MAX_DRAWS, monte_carlo
from impactkaart.uncertainty.ranges import with_default_ranges
from impactkaart.uncertainty.report import montecarlo_text, sensitivity_text
from impactkaart.uncertainty.sensitivity import sensitivity

EXIT_INPUT = 2
EXIT_STORE = 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="impactkaart",
        description="Impactkaart: het maatschappelijk rendement van sociaal werk.",
    )
    parser.add_argument("--db", help="databasebestand (standaard: $IMPACTKAART_DB of uw datamap)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="opdracht")

    p = sub.add_parser("compute", help="reken een projectbestand (JSON) door")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.add_argument(
        "--gemeten",
        action="store_true",
        help="reken met de gemeten (ex-post) aantallen in plaats van de verwachte",
    )

    p = sub.add_parser("import", help="sla een projectbestand op in de database")
    p.add_argument("file", type=Path)

    p = sub.add_parser("export", help="schrijf een opgeslagen project als projectbestand")
    p.add_argument("id", type=int)
    p.add_argument("file", type=Path)

    defaults_help = "vul ontbrekende bandbreedtes met de standaardconventies (vuistregels, geen bronnen)"
    p = sub.add_parser("sensitivity", help="tornado en omslagpunten van een projectbestand")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.add_argument("--standaardbandbreedtes", action="store_true", help=defaults_help)

    p = sub.add_parser("montecarlo", help="Monte Carlo over de bandbreedtes van een projectbestand")
    p.add_argument("file", type=Path)
    p.add_argument("--draws", type=int, default=10_000, help="aantal trekkingen (standaard 10.000)")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED, help="startgetal: zelfde seed, zelfde uitkomst")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.add_argument("--standaardbandbreedtes", action="store_true", help=defaults_help)

    sub.add_parser("list", help="toon de opgeslagen projecten")
    sub.add_parser("demo", help="laad de (illustratieve) demoprojecten in de database")
    cli_data.add_commands(sub)  # import-table, backup, restore
    return parser


def summary_text(result: ProjectResult) -> str:
    """A readable Dutch summary of one result."""
    ref = default_reference()
    lines = [result.name, ""]
    if result.rendementsfactor is None:
        lines.append(f"Rendementsfactor: – ({result.rendementsfactor_reason})")
    else:
        lines.append(
            f"Rendementsfactor: {formats.factor(result.rendementsfactor, decimals=2)} — elke geïnvesteerde euro "
            f"levert {formats.euro(result.rendementsfactor, decimals=2)} op "
            f"(gemiddelde sociaal werk volgens SEOR: {formats.factor(ref.seor_benchmark)})"
        )
    lines += [
        f"Baten (contante waarde):  {formats.euro(result.pv_benefits)}",
        f"Kosten (contante waarde): {formats.euro(result.pv_costs)}",
        f"Netto contante waarde:    {formats.euro(result.npv)}",
        "Terugverdiend in projectjaar: "
        + (str(result.payback_year) if result.payback_year else "niet binnen de looptijd"),
        f"Discontovoet: {formats.percent(result.discount_rate, decimals=2)} per jaar "
        "(bedragen in projectjaar y × 1/(1+r)^(y−1); jaar 1 niet verdisconteerd)",
        "",
        "Wie investeert, wie profiteert (contante waarde):",
    ]
    for row in result.by_party.itertuples():
        paid = row.rendement == row.rendement  # NaN: this party paid nothing
        rendement = f"  rendement {formats.factor(row.rendement)}" if paid else ""
        lines.append(
            f"  {row.party:<20} betaalt {formats.euro(row.pv_costs):>12}   "
            f"ontvangt {formats.euro(row.pv_benefits):>12}{rendement}"
        )
    lines += ["", "Arbeidsmarkteffecten (bespaarde fte, opgeteld over de jaren):"]
    by_sector = result.fte_by_sector()
    if by_sector.empty:
        lines.append("  geen (geen effecten met een sector)")
    for row in by_sector.itertuples():
        lines.append(
            f"  {ref.sector_label(row.sector):<30} {formats.number(row.fte, decimals=2)} fte "
            f"({formats.number(row.hours, decimals=0)} uur)"
        )
    return "\n".join(lines)


def _fail(lines: list[str], code: int) -> int:
    for line in lines:
        print(line, file=sys.stderr)
    return code


def _uncertainty(args: argparse.Namespace) -> int:
    """`sensitivity` and `montecarlo`: bad options are input errors (exit 2), like bad files."""
    if args.command == "montecarlo" and not 1 <= args.draws <= MAX_DRAWS:
        return _fail([f"--draws: moet tussen 1 en {formats.number(MAX_DRAWS, decimals=0)} liggen"],
                     EXIT_INPUT)
    if args.command == "montecarlo" and args.seed < 0:
        return _fail(["--seed: moet een geheel getal van 0 of meer zijn"], EXIT_INPUT)
    project = read_project_file(args.file)
    if args.standaardbandbreedtes:
        project = with_default_ranges(project)
    if args.command == "sensitivity":
        data = sensitivity(project)
        text = sensitivity_text(data)
    else:
        result = monte_carlo(project, draws=args.draws, seed=args.seed)
        data, text = result.to_dict(), montecarlo_text(result)
    print(json.dumps(data, ensure_ascii=False, indent=2) if args.json else text)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "compute":
            result = compute(read_project_file(args.file), measured=args.gemeten)
            if args.json:
                print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
            else:
                print(summary_text(result))
            return 0
        if args.command in ("sensitivity", "montecarlo"):
            return _uncertainty(args)
        if args.command in cli_data.COMMANDS:
            return cli_data.run(args)
        if args.command == "import":
            project = read_project_file(args.file)  # validate before the store is opened
            with Store(args.db) as store:
                project_id = store.save_project(project)
            print(f"Opgeslagen als project {project_id}: {project.name}")
            return 0
        with Store(args.db) as store:
            if args.command == "export":
                write_project_file(store.load_project(args.id), args.file)
                print(f"Project {args.id} geschreven naar {args.file}")
            elif args.command == "list":
                projects = store.list_projects()
                if projects.empty:
                    print("Nog geen projecten. Laad de demo's met: impactkaart demo")
                for row in projects.itertuples():
                    print(f"{row.id:>4}  {row.name}  ({row.project_type}, {row.phase}, {row.years} jaar)")
            elif args.command == "demo":
                for name, project_id, added in load_demo(store):
                    state = "toegevoegd" if added else "stond er al"
                    print(f"{project_id:>4}  {name}  ({state})")
        return 0
    except ProjectError as exc:
        where = getattr(args, "file", None)
        prefix = f"{where}: " if where else ""
        return _fail([f"{prefix}{error}" for error in exc.errors], EXIT_INPUT)
    except (StoreError, ReferenceDataError) as exc:
        return _fail([str(exc)], EXIT_STORE)


if __name__ == "__main__":
    sys.exit(main())
