"""`impactkaart …`: a thin command line over the same API the app uses.

This module builds the parser and hands each command to its group's module
(compute, projects, uncertainty, data). Errors a user can cause end as lines on
stderr with exit status 2 (bad input) or 1 (the database is unavailable), never
as a traceback (`impactkaart.cli.common`). Dutch by default; ``--lang en`` (or
``--english``) for English.
"""

from __future__ import annotations

import argparse
import sys

from impactkaart.cli import app, compute, data, kpi, organisation, projects, uncertainty
from impactkaart.cli.common import EXIT_INPUT, EXIT_STORE, fail, language, quiet_on_closed_pipe
from impactkaart.core.model import ProjectError
from impactkaart.core.reference import ReferenceDataError
from impactkaart.store.projects import ConfigError, StoreError
from impactkaart.text.catalogue import LANGUAGES, t
from impactkaart.text.errors import describe

GROUPS = (compute, projects, uncertainty, data, kpi, app, organisation)
# Kept importable from here: older callers and tests name them on the main module.
summary_text = compute.summary_text
__all__ = ["EXIT_INPUT", "EXIT_STORE", "main", "summary_text"]


def _language_options(parser: argparse.ArgumentParser, lang: str, default: object) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, default=default, help=t("cli.lang.help", lang))
    parser.add_argument("--english", dest="lang", action="store_const", const="en",
                        default=default, help=t("cli.english.help", lang))


def _parser(lang: str = "nl") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="impactkaart", description=t("cli.description", lang))
    parser.add_argument("--db", help=t("cli.db.help", lang))
    _language_options(parser, lang, "nl")
    sub = parser.add_subparsers(dest="command", required=True, metavar=t("cli.command", lang))
    for group in GROUPS:
        group.add_commands(sub, lang)
    # Also after the command (`impactkaart compute f.json --lang en`); SUPPRESS keeps a
    # choice made before the command.
    for command in sub.choices.values():
        _language_options(command, lang, argparse.SUPPRESS)
    organisation.add_option_everywhere(parser, lang)  # --organisatie (issue 21)
    return parser


def main(argv: list[str] | None = None) -> int:
    return quiet_on_closed_pipe(lambda: _main(argv))


def _main(argv: list[str] | None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _parser(language(argv)).parse_args(argv)
    group = next(g for g in GROUPS if args.command in g.COMMANDS)
    try:
        return group.run(args)
    except ProjectError as exc:
        where = getattr(args, "file", None)
        prefix = f"{where}: " if where else ""
        lang = getattr(args, "lang", "nl")
        return fail([f"{prefix}{describe(error, lang)}" for error in exc.errors], EXIT_INPUT)
    except ConfigError as exc:  # a database configured wrongly: bad input, like a bad file
        return fail([str(exc)], EXIT_INPUT)
    except (StoreError, ReferenceDataError) as exc:
        return fail([str(exc)], EXIT_STORE)


if __name__ == "__main__":
    sys.exit(main())
