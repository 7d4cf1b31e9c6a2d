"""What every command group shares: exit statuses, writing problems to stderr, the language.

Errors a user can cause end as lines on stderr (Dutch, or English with ``--lang en``)
with exit status 2 (bad input, a database configured wrongly: unreachable server, wrong
password, a newer schema) or 1 (the database is unavailable), never as a traceback.
A reader that stops early (``impactkaart kpi report --json | head -1``) ends the
command quietly (`quiet_on_closed_pipe`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from impactkaart.text.catalogue import LANGUAGES

EXIT_INPUT = 2
EXIT_STORE = 1
EXIT_PIPE = 141  # what a shell reports for a command ended by SIGPIPE (128 + 13)


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


def quiet_on_closed_pipe(command: Callable[[], int]) -> int:
    """Run ``command``; when whoever reads stdout has gone (``| head``), stop without the
    BrokenPipeError traceback Python prints otherwise, also for output still buffered at
    exit. stdout is pointed at /dev/null so that the interpreter's last flush is silent."""
    try:
        code = command()
        sys.stdout.flush()  # inside the try: a closed pipe shows here, not at exit
        return code
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return EXIT_PIPE
