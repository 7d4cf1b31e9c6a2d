"""What every command group shares: exit statuses, writing problems to stderr, the language.

Errors a user can cause end as lines on stderr (Dutch, or English with ``--lang en``)
with exit status 2 (bad input, a database configured wrongly: unreachable server, wrong
password, a newer schema) or 1 (the database is unavailable), never as a traceback.
"""

from __future__ import annotations

import sys

from impactkaart.text.catalogue import LANGUAGES

EXIT_INPUT = 2
EXIT_STORE = 1


def fail(lines: list[str], code: int = EXIT_INPUT) -> int:
    for line in lines:
        print(line, file=sys.stderr)
    return code


def language(argv: list[str]) -> str:
    """The language asked for on the command line, read before the parser is built so that
    ``--help`` is in that language too (the parser reads the option again, strictly)."""
    if "--english" in argv:
        return "en"
    for i, arg in enumerate(argv):
        value = arg.removeprefix("--lang=") if arg.startswith("--lang=") else (
            argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None)
        if value in LANGUAGES:
            return value
    return "nl"
