"""A room of attendees editing at once in real browsers: from an edit to the recomputed map.

Starts `streamlit run app.py` in workshop mode on a fresh database holding a
workshop and --sessions workspaces (each a small complete map, made through
the domain), opens every workspace's private link in its own Chromium context
and, for --seconds, lets every attendee change the number of people of their
outcome every few seconds (--think, ± 50 %). Each edit is timed from pressing
Enter until the page shows the save ("N wijzigingen bewaard", drawn in the same
script run as the recomputed Impactkaart) and that run has finished.

Prints the edits, their p50/p95/max, the server's peak memory (VmHWM of the
streamlit process) and, after stopping the server, whether every workspace
holds the last value its attendee typed (nothing lost). The browsers run on
the same machine as the server (2 cores here): their drawing competes for the
same CPU, so these are upper bounds for a room of laptops.

Goal (issue 5): p95 under 1 s for 30 sessions, nothing lost.

    .venv/bin/python bench/workshop_load.py [--sessions 30] [--seconds 60] [--think 3]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from impactkaart.store import Store  # noqa: E402
from impactkaart.workshop import (  # noqa: E402
    WORKSHOP_ENV,
    add_item,
    create_workshop,
    join_workshop,
    load_design,
    open_workspace,
    set_field,
)
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, IDLE, AppServer  # noqa: E402

QUANTITY = "Hoeveel mensen of gevallen per jaar?"


def prepare(path: Path, sessions: int) -> list[tuple[str, int]]:
    """A workshop with ``sessions`` complete small maps; (token, version) of each."""
    with Store(path) as store:
        code = create_workshop(store, "Belasting", dt.date.today()).workshop.join_code
        out = []
        for n in range(sessions):
            workspace, token = join_workshop(store, code, f"Deelnemer {n + 1}")
            cost = load_design(store, workspace.id).of_kind("cost")[0].item_id
            set_field(store, workspace.id, cost, "amount", 10000.0 + 500 * n)
            who = add_item(store, workspace.id, "stakeholder", values={"name": "zorgverzekeraar"})
            add_item(store, workspace.id, "outcome", who, {
                "outcome": "Minder huisartsbezoek", "quantity": 10.0, "proxy_key": "huisartsconsult",
                "deadweight": 0.2, "attribution": 0.1, "indicator": "huisartsbezoeken"})
            out.append((token, load_design(store, workspace.id).version))
        return out


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used so far (/proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_memory_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def attendee(context, url: str, token: str, version: int, clock: dict, think: float,
                   latencies: list[float], last: dict[str, float]) -> None:
    page = await context.new_page()
    page.set_default_timeout(180_000)  # thirty pages loading on two cores take a while
    await page.goto(f"{url}/?werkplek={token}", wait_until="commit")
    await page.wait_for_selector(IDLE)
    await page.get_by_role("tab", name="4 Hoe zie je het?").click()
    box = page.get_by_label(QUANTITY, exact=True)
    await box.wait_for()
    value = 10.0
    clock["ready"] += 1
    await clock["start"].wait()  # everyone is in the room
    await asyncio.sleep(random.uniform(0, think))  # not all at the same moment
    while time.monotonic() < clock["deadline"]:
        value += 1
        version += 1
        await box.fill(str(int(value)))
        start = time.perf_counter()
        await box.press("Enter")
        await page.get_by_text(f"{version} wijzigingen bewaard").first.wait_for(timeout=120_000)
        await page.wait_for_selector(IDLE, timeout=120_000)
        latencies.append(time.perf_counter() - start)
        last[token] = value
        await asyncio.sleep(random.uniform(0.5, 1.5) * think)


async def room(url: str, spaces: list[tuple[str, int]], seconds: float, think: float, pid: int):
    from playwright.async_api import async_playwright

    latencies: list[float] = []
    last: dict[str, float] = {}
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        contexts = [await browser.new_context(viewport={"width": 1280, "height": 900})
                    for _ in spaces]
        began = time.monotonic()
        clock = {"start": asyncio.Event(), "deadline": float("inf"), "ready": 0}
        opened = []
        for n in range(0, len(spaces), 5):  # people arrive in small groups
            group = [asyncio.create_task(attendee(context, url, token, version, clock, think,
                                                  latencies, last))
                     for context, (token, version) in zip(contexts[n:n + 5], spaces[n:n + 5])]
            opened += group
            await asyncio.sleep(3)
        while clock["ready"] < len(spaces):
            await asyncio.sleep(0.2)
        loaded = time.monotonic() - began
        clock["deadline"] = time.monotonic() + seconds
        cpu = cpu_seconds(pid)
        clock["start"].set()
        await asyncio.gather(*opened)
        cpu = cpu_seconds(pid) - cpu
        await browser.close()
    return latencies, last, loaded, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--think", type=float, default=3.0, help="seconds between edits (± 50 %%)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "zaal.duckdb"
        spaces = prepare(path, args.sessions)
        os.environ[WORKSHOP_ENV] = "1"
        server = AppServer(path)
        server.start()
        try:
            latencies, last, loaded, cpu = asyncio.run(
                room(server.url, spaces, args.seconds, args.think, server.proc.pid))
            memory = peak_memory_mb(server.proc.pid)
        finally:
            server.stop()
        lost = 0
        with Store(path) as store:
            for token, _ in spaces:
                workspace = open_workspace(store, token)
                (outcome,) = load_design(store, workspace.id).of_kind("outcome")
                if token in last and outcome.fields["quantity"] != last[token]:
                    lost += 1
    latencies.sort()
    p95 = latencies[max(int(0.95 * len(latencies)) - 1, 0)]
    print(f"{args.sessions} sessions, {len(latencies)} edits in {args.seconds:.0f} s "
          f"({len(latencies) / args.seconds:.1f}/s), think time {args.think} s; all pages open "
          f"after {loaded:.0f} s")
    print(f"edit -> saved and recomputed map: p50 {statistics.median(latencies) * 1000:.0f} ms, "
          f"p95 {p95 * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms (goal: p95 < 1000 ms)")
    print(f"server peak memory (VmHWM): {memory:.0f} MB; server CPU while editing: {cpu:.1f} s "
          f"({cpu / max(len(latencies), 1) * 1000:.0f} ms per edit, {cpu / args.seconds:.0%} of "
          "one core); the rest of the machine's two cores went to the browsers")
    print(f"workspaces not holding their last typed value: {lost} of {len(last)}")


if __name__ == "__main__":
    main()
