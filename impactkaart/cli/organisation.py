"""`impactkaart organisatie …` and the ``--organisatie`` option (issue 21).

``impactkaart organisatie maak NAAM --beheerder EMAIL`` makes an organisation with its
first beheerder; ``impactkaart organisatie lijst`` lists them. Once a database has an
organisation, every command that touches projects or KPIs needs ``--organisatie NAAM``
and works through a store scoped to that organisation (`open_store`): it sees and changes
nothing of any other. Without organisations (the laptop) the option is not needed and the
store is unscoped, as before. A missing or unknown organisation: exit 2, a message naming
the option.
"""

from __future__ import annotations

import argparse

from impactkaart.accounts import members
from impactkaart.accounts.roles import BEHEERDER
from impactkaart.accounts.scope import Scope
from impactkaart.store.connection import ConfigError
from impactkaart.store.projects import Store
from impactkaart.text.catalogue import t

COMMANDS = ("organisatie",)
OPTION = "--organisatie"
CLI_SUBJECT = "cli"  # who the audit trail names for a change made on the command line


class OrganisationOptionError(ConfigError):
    """--organisatie missing on a database with organisations, or naming none of them."""


def add_option(parser: argparse.ArgumentParser, lang: str, default: object = None) -> None:
    parser.add_argument(OPTION, dest="organisatie", metavar=t("cli.organisation.metavar", lang),
                        default=default, help=t("cli.organisation.option.help", lang))


def add_option_everywhere(parser: argparse.ArgumentParser, lang: str) -> None:
    """The option on the main parser and, without overriding a choice made before the
    command, on every command and sub-command (`kpi import … --organisatie A`)."""
    add_option(parser, lang)

    def below(p: argparse.ArgumentParser) -> None:
        for action in p._actions:  # noqa: SLF001 (argparse keeps its sub-parsers here)
            if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
                for child in action.choices.values():
                    if not any(OPTION in a.option_strings for a in child._actions):  # noqa: SLF001
                        add_option(child, lang, argparse.SUPPRESS)
                    below(child)

    below(parser)


def add_commands(sub, lang: str) -> None:
    p = sub.add_parser("organisatie", help=t("cli.organisation.help", lang))
    actions = p.add_subparsers(dest="organisation_command", required=True,
                               metavar=t("cli.command", lang))
    make = actions.add_parser("maak", help=t("cli.organisation.make.help", lang))
    make.add_argument("name", metavar=t("cli.organisation.metavar", lang),
                      help=t("cli.organisation.name.help", lang))
    make.add_argument("--beheerder", required=True, metavar="EMAIL",
                      help=t("cli.organisation.manager.help", lang))
    make.add_argument("--neem-over", dest="claim", action="store_true",
                      help=t("cli.organisation.claim.help", lang))
    actions.add_parser("lijst", help=t("cli.organisation.list.help", lang))


def run(args: argparse.Namespace) -> int:
    from impactkaart.cli.common import fail

    lang = args.lang
    with Store(args.db) as store:
        if args.organisation_command == "lijst":
            found = members.organisations(store)
            if not found:
                print(t("cli.organisation.none", lang))
            for org_id, name in found:
                print(f"{org_id:>4}  {name}")
            return 0
        try:
            email = members.subject_of(args.beheerder)
            members._check_subject(email)  # noqa: SLF001 (before the organisation is made)
            org_id = members.create_organisation(store, args.name)
            members.add_member(store, org_id, email, BEHEERDER, by=CLI_SUBJECT)
        except members.AccountError as exc:
            return fail([exc.text(lang)])
        print(t("cli.organisation.made", lang, name=args.name.strip(), id=org_id, email=email))
        if args.claim:
            count = members.claim_unowned(store, org_id, by=CLI_SUBJECT)
            print(t("cli.organisation.claimed", lang, n=count, name=args.name.strip()))
    return 0


def _known(store: Store) -> str:
    return ", ".join(name for _, name in members.organisations(store))


def open_store(args: argparse.Namespace) -> Store:
    """The store a command works in: unscoped while the database has no organisations,
    else scoped to ``--organisatie`` (as a beheerder, in the audit trail as "cli").
    `OrganisationOptionError` (exit 2) when the option is missing or names no organisation."""
    lang = getattr(args, "lang", "nl")
    name = getattr(args, "organisatie", None)
    store = Store(args.db)
    try:
        if not members.has_organisations(store):
            if name:
                raise OrganisationOptionError(t("cli.organisation.unknown", lang, name=name,
                                                names="-"))
            return store
        if not name or not name.strip():
            raise OrganisationOptionError(t("cli.organisation.missing", lang, names=_known(store)))
        org_id = members.organisation_by_name(store, name)
        if org_id is None:
            raise OrganisationOptionError(t("cli.organisation.unknown", lang, name=name.strip(),
                                            names=_known(store)))
    except BaseException:
        store.close()
        raise
    return store.scoped(Scope(org_id, CLI_SUBJECT, BEHEERDER))
