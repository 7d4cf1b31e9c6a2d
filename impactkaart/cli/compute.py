"""`impactkaart compute`: a project file's result as a readable summary or as JSON."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from impactkaart.core.engine import ProjectResult, compute
from impactkaart.core.model import Project
from impactkaart.core.reference import default_reference
from impactkaart.io.project_file import read_project_file
from impactkaart.text import conventions, formats
from impactkaart.text.catalogue import t
from impactkaart.text.names import party_label, sector_label

COMMANDS = ("compute",)


def add_commands(sub, lang: str) -> None:
    p = sub.add_parser("compute", help=t("cli.compute.help", lang))
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help=t("cli.json.help", lang))
    p.add_argument("--gemeten", action="store_true", help=t("cli.compute.measured_help", lang))


def summary_text(result: ProjectResult, lang: str = "nl") -> str:
    """A readable summary of one result (Dutch, or English)."""
    ref = default_reference()
    lines = [result.name, ""]
    if result.rendementsfactor is None:
        lines.append(t("cli.summary.no_factor", lang))
    else:
        lines.append(t(
            "cli.summary.factor", lang, factor=formats.factor(result.rendementsfactor, lang, 2),
            amount=formats.euro(result.rendementsfactor, lang, decimals=2),
            seor=formats.factor(ref.seor_benchmark, lang)))
    payback = (str(result.payback_year) if result.payback_year
               else t("engine.cli.never", lang))
    lines += [
        t("cli.summary.benefits", lang, amount=formats.euro(result.pv_benefits, lang)),
        t("cli.summary.costs", lang, amount=formats.euro(result.pv_costs, lang)),
        t("cli.summary.npv", lang, amount=formats.euro(result.npv, lang)),
        *([t("engine.cli.transfers", lang, amount=formats.euro(result.pv_transfers, lang))]
          if result.pv_transfers else []),
        t("cli.summary.payback", lang, year=payback),
        t("cli.summary.rate", lang, rate=formats.percent(result.discount_rate, lang, decimals=2)),
        *([t("engine.cli.price_year", lang, year=result.price_year)] if result.price_year else []),
        "",
        t("cli.summary.parties", lang),
    ]
    for row in result.by_party.itertuples():
        paid = row.rendement == row.rendement  # NaN: this party paid nothing
        rendement = t("cli.summary.party_factor", lang,
                      factor=formats.factor(row.rendement, lang)) if paid else ""
        # Dutch names the party by its key, as it always did; English by its name (a key is Dutch).
        party = row.party if lang == "nl" else party_label(row.party, lang)
        lines.append(t("cli.summary.party", lang, party=f"{party:<20}",
                       pays=f"{formats.euro(row.pv_costs, lang):>12}",
                       receives=f"{formats.euro(row.pv_benefits, lang):>12}", factor=rendement))
    lines += ["", t("cli.summary.labour", lang)]
    by_sector = result.fte_by_sector()
    if by_sector.empty:
        lines.append(t("cli.summary.no_labour", lang))
    elif result.fte_peak_year is not None:
        lines.append(t("engine.cli.fte", lang, per_year=formats.number(result.fte_per_year, lang, decimals=2),
                       peak=formats.number(result.fte_peak, lang, decimals=2), year=result.fte_peak_year,
                       total=formats.number(result.fte_years, lang, decimals=2)))
    for row in by_sector.itertuples():
        lines.append(t("cli.summary.sector", lang,
                       sector=f"{sector_label(row.sector, lang, ref):<30}",
                       fte=formats.number(row.fte, lang, decimals=2),
                       hours=formats.number(row.hours, lang, decimals=0)))
    return "\n".join(lines)


def warning_lines(result: ProjectResult, project: Project, lang: str = "nl") -> list[str]:
    """The result's warnings in words, one per effect ('… prijsjaar onbekend …')."""
    if not result.warnings:
        return []
    return ["", t("engine.cli.warnings", lang), *(
        "  " + t(f"engine.warning.{w['code']}", lang, outcome=project.effects[w["effect"]].outcome)
        for w in result.warnings)]


def run(args: argparse.Namespace) -> int:
    project = read_project_file(args.file)
    result = compute(project, measured=args.gemeten)
    figures = conventions.sensitivity(project)  # the rate sensitivity (issue 15 item 13)
    if args.json:
        data = result.to_dict()
        data["rate_sensitivity"] = [{"discount_rate": r, "rendementsfactor": f} for r, f in figures]
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print("\n".join([summary_text(result, args.lang),
                         "", conventions.convention_line(project, args.lang),
                         conventions.sensitivity_line(project, args.lang, figures=figures),
                         *warning_lines(result, project, args.lang)]))
    return 0
