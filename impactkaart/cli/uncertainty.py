"""`impactkaart sensitivity` and `montecarlo`: how sure the result is."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from impactkaart.cli.common import EXIT_INPUT, fail
from impactkaart.io.project_file import read_project_file
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.uncertainty.correlation import DEFAULT_GROUPING, DEFAULT_RHO, GROUPINGS
from impactkaart.uncertainty.montecarlo import DEFAULT_DRAWS, DEFAULT_SEED, MAX_DRAWS, monte_carlo
from impactkaart.uncertainty.ranges import with_default_ranges
from impactkaart.uncertainty.report import montecarlo_text, sensitivity_text
from impactkaart.uncertainty.sensitivity import sensitivity

COMMANDS = ("sensitivity", "montecarlo")


def add_commands(sub, lang: str) -> None:
    defaults_help = t("cli.uncertainty.defaults_help", lang)
    p = sub.add_parser("sensitivity", help=t("cli.sensitivity.help", lang))
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help=t("cli.json.help", lang))
    p.add_argument("--standaardbandbreedtes", action="store_true", help=defaults_help)

    p = sub.add_parser("montecarlo", help=t("cli.montecarlo.help", lang))
    p.add_argument("file", type=Path)
    p.add_argument("--draws", type=int, default=DEFAULT_DRAWS, help=t(
        "cli.montecarlo.draws_help", lang, n=formats.number(DEFAULT_DRAWS, lang, decimals=0)))
    p.add_argument("--seed", type=int, default=DEFAULT_SEED, help=t("cli.montecarlo.seed_help", lang))
    p.add_argument("--samenhang", choices=GROUPINGS, default=DEFAULT_GROUPING,
                   help=t("uncertainty.cli.grouping_help", lang, default=DEFAULT_GROUPING))
    p.add_argument("--correlatie", type=float, default=DEFAULT_RHO, help=t(
        "uncertainty.cli.rho_help", lang, default=formats.number(DEFAULT_RHO, lang, decimals=1)))
    p.add_argument("--json", action="store_true", help=t("cli.json.help", lang))
    p.add_argument("--standaardbandbreedtes", action="store_true", help=defaults_help)


def run(args: argparse.Namespace) -> int:
    """Bad options are input errors (exit 2), like bad files. The text reports are in the
    chosen language (uncertainty/report.py words them); JSON keys are the same in every language."""
    lang = args.lang
    if args.command == "montecarlo" and not 1 <= args.draws <= MAX_DRAWS:
        return fail([t("cli.montecarlo.draws_range", lang,
                       max=formats.number(MAX_DRAWS, lang, decimals=0))], EXIT_INPUT)
    if args.command == "montecarlo" and args.seed < 0:
        return fail([t("cli.montecarlo.seed_range", lang)], EXIT_INPUT)
    if args.command == "montecarlo" and not 0 <= args.correlatie <= 1:
        return fail([t("uncertainty.cli.rho_range", lang)], EXIT_INPUT)
    project = read_project_file(args.file)
    if args.standaardbandbreedtes:
        project = with_default_ranges(project)
    if args.command == "sensitivity":
        data = sensitivity(project, lang=lang)
        text = sensitivity_text(data, lang)
    else:
        result = monte_carlo(project, draws=args.draws, seed=args.seed,
                             grouping=args.samenhang, rho=args.correlatie)
        data, text = result.to_dict(lang), montecarlo_text(result, lang)
    print(json.dumps(data, ensure_ascii=False, indent=2) if args.json else text)
    return 0
