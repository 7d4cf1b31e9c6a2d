"""`impactkaart app`: start the Streamlit app that this installation carries.

The app's pages are the `views` package installed beside `impactkaart`, so a wheel
installed anywhere runs the same app as a checkout's `make run`. The server runs as
`python -m streamlit run …` in this process's place (exec, on POSIX): the domain package
never imports Streamlit, and a service manager's stop signal reaches the server itself
instead of leaving it running without its parent. The settings of the checkout's .streamlit/config.toml (which Streamlit
reads only from the working folder) are passed on the command line.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from impactkaart.accounts import config as auth_config
from impactkaart.cli.common import EXIT_INPUT, fail
from impactkaart.text.catalogue import t

COMMANDS = ("app",)
# The same settings as .streamlit/config.toml; see there for why.
SETTINGS = ("--runner.postScriptGC", "false", "--client.toolbarMode", "viewer",
            "--browser.gatherUsageStats", "false")


def app_script() -> Path:
    """views/app.py of this installation (a checkout or a wheel)."""
    spec = importlib.util.find_spec("views")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("views")
    return Path(next(iter(spec.submodule_search_locations))) / "app.py"


def add_commands(sub, lang: str) -> None:
    p = sub.add_parser("app", help=t("cli.app.help", lang))
    p.add_argument("--port", type=int, default=8501, help=t("cli.app.port_help", lang))
    p.add_argument("--headless", action="store_true", help=t("cli.app.headless_help", lang))


def run(args: argparse.Namespace) -> int:
    # IMPACTKAART_AUTH=oidc set up wrongly: said here, before a server starts that lets
    # nobody in (the app says the same on its page).
    try:
        auth_config.check(os.environ, auth_config.read_auth_table(auth_config.secrets_files()))
    except auth_config.AuthConfigError as exc:
        return fail([exc.message(getattr(args, "lang", "nl"))], EXIT_INPUT)
    command = [sys.executable, "-m", "streamlit", "run", str(app_script()),
               "--server.port", str(args.port), *SETTINGS]
    if args.headless:
        command += ["--server.headless", "true"]
    env = {**os.environ, **({"IMPACTKAART_DB": args.db} if args.db else {})}
    if os.name == "posix":
        sys.stdout.flush()
        os.execve(sys.executable, command, env)  # does not return
    return subprocess.call(command, env=env)  # Windows has no exec that keeps the console
