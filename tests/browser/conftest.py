"""End-to-end fixtures: a real `streamlit run` server and Debian's headless Chromium.

`app_server` starts the app on a free local port with its own DuckDB file and
can restart it (same file) to prove that nothing is lost. Screenshots go to
artifacts/ (not committed): look at them.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"
NAV = ".st-key-navigatie"  # the sidebar's menu (views/app.py draws it under the project picker)

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class AppServer:
    """`python -m streamlit run app.py` on 127.0.0.1:port with its own database file."""

    def __init__(self, db_path: Path, *, env: dict[str, str] | None = None,
                 args: tuple[str, ...] = ()):
        self.db_path = db_path
        self.port = _free_port()
        self.proc: subprocess.Popen | None = None
        self.env, self.args = env or {}, args  # more settings (the login test's)
        # The server's stderr goes to a file, never to an unread pipe: a page that warns on
        # every rerun fills a pipe's 64 KB and the server then blocks on its next write (a
        # test sees a page that stops answering). Not beside the database: a test may pass a
        # PostgreSQL address as db_path.
        fd, log = tempfile.mkstemp(prefix="streamlit-", suffix=".log")
        os.close(fd)
        self.log_path = Path(log)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60) -> None:
        env = {**os.environ, "IMPACTKAART_DB": str(self.db_path), **self.env}
        with self.log_path.open("ab") as log:  # a restart appends: the log keeps both runs
            self.proc = self._popen(env, log)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"streamlit stopped: {self.log_tail()}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"streamlit did not answer /_stcore/health in time: {self.log_tail()}")

    def log_tail(self, chars: int = 2000) -> str:
        """The end of the server's stderr, for a failing test's message."""
        return self.log_path.read_bytes()[-chars:].decode(errors="replace")

    def _popen(self, env: dict[str, str], log) -> subprocess.Popen:
        return subprocess.Popen(
            [
                sys.executable, "-m", "streamlit", "run", "app.py",
                "--server.port", str(self.port), "--server.address", "127.0.0.1",
                "--server.headless", "true", "--browser.gatherUsageStats", "false",
                "--server.fileWatcherType", "none", *self.args,
            ],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log,
            start_new_session=True,
        )

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()


@pytest.fixture(scope="module")
def app_server(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: `make test` installs it (apt-get install chromium)")
    server = AppServer(tmp_path_factory.mktemp("db") / "impactkaart.duckdb")
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nl-NL")
    page = context.new_page()
    yield page
    context.close()


def wait_idle(page, timeout: float = 30_000) -> None:
    """Wait until Streamlit has finished its current script run (no blind sleeps)."""
    page.wait_for_selector(IDLE, timeout=timeout)


def commit(locator, value: str, *, keeps_value: bool = True, attempts: int = 3) -> None:
    """Type into a Streamlit input and confirm with Enter, as a user does.

    While a rerun replaces the page, Streamlit briefly shows the old and the new
    widget side by side, and a rerun that starts between typing and Enter swaps the
    field under the keyboard. So: wait for a single field, type, confirm, and check
    that the field kept the value; otherwise do it again (as a user would).
    ``keeps_value=False`` for a field that empties itself once it has added something.
    """
    from playwright.sync_api import Error, expect

    for attempt in range(attempts):
        expect(locator).to_have_count(1, timeout=15_000)
        try:
            locator.fill(value)
            locator.press("Enter")
            if keeps_value:
                expect(locator).to_have_value(value, timeout=5_000)
            return
        except (Error, AssertionError):
            if attempt == attempts - 1:
                raise


def upload(page, name: str, data: bytes, shows: str, mime: str = "text/csv", *,
           attempts: int = 3) -> None:
    """Give the page's file uploader one file, as a user drops it, and wait until the page
    ``shows`` what reading it says.

    Once, with two browser files running side by side, a page never showed an uploaded
    file as read (the server logged nothing): the upload and a rerun replacing the
    uploader had crossed. So: wait for the page to be idle, upload, wait for the answer;
    without one, upload again (as a user would)."""
    from playwright.sync_api import Error

    for attempt in range(attempts):
        wait_idle(page)
        try:
            page.locator("input[type=file]").set_input_files(
                files=[{"name": name, "mimeType": mime, "buffer": data}])
            page.get_by_text(shows).first.wait_for(timeout=20_000)
            wait_idle(page)
            return
        except Error:
            if attempt == attempts - 1:
                raise


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
