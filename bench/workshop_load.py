"""A room of attendees editing at once in real browsers: from an edit to the recomputed map.

Starts `streamlit run app.py` in workshop mode on a fresh database holding a
workshop and --sessions workspaces (each a small complete map, made through
the domain), opens every workspace's private link in its own Chromium context
and then, for --seconds at each pace in --think, lets every attendee change the
number of people of their outcome about every THINK seconds (± 50 %). Each edit
is timed from pressing Enter until the page shows the save ("N wijzigingen
bewaard", drawn in the same script run as the recomputed Impactkaart) and that
run has finished.

Prints, per pace: the room's saves per second, p50/p95/max and the server's CPU
per edit; then the server's peak memory (VmHWM) and, after stopping the
server, whether every workspace holds the last value its attendee typed
(nothing lost).

How fast does a room type? Nobody has measured it for this workshop, so the
bench runs a ladder, from a save every 20 s per attendee (reading, discussing,
then typing) to one every 3 s (everyone typing at once, the whole minute).
The goal is judged at GOAL_PACE, one save per 10 s per attendee: a complete
map of 3 stakeholders and 5 outcomes takes about 50-70 saves, so a room that
designs for 45-60 minutes (our assumption, not a measurement) averages one
save per 40-70 s each; 10 s is that room at four to seven times its average,
all at once. The faster rungs show where the machine runs out.

The browsers run on the same machine as the server (2 cores here): drawing 30
pages costs about three times the server's work per edit, so these figures
are upper bounds for a room of laptops, where each browser draws on its own
CPU. The server's CPU per edit is the part a real room shares.

After a save the attendee looks at the map: the bench moves the focus out of
the field. A focused field's blinking caret redraws its page twice a second;
30 of them cost about half a core of this shared machine even when nobody
types (measured with a Chrome trace), work that in a room each laptop does
for itself. --keep-focus leaves the caret in the field, to measure that case.

Separating server and browsers (issue 20): with ``--setup split`` the server runs
pinned to core 0 and Chromium (and the bench itself) to core 1, as ``taskset -c`` would
pin them: the bench sets its own CPU affinity (``os.sched_setaffinity``) before it starts
each, every process and thread inherits it, and the bench then reads back the affinity of
the server's threads and of every Chromium process (/proc/PID/status, Cpus_allowed_list)
and stops if one is not where it should be. So the browsers' drawing no longer hides the
server's own capacity. ``--setup shared split`` (the default) runs the same ladder both
ways in one run. For each pace it prints the room's saves per second, p50/p95/max, the
server's CPU per edit and how busy the server's and the browsers' CPU were (% of one
core): in the split setup a browsers' figure near 100 % means the rung measured the
browsers again, not the server. Then, per setup, the server's capacity: the highest rate
of saves per second at which p95 stayed under 1 s with nothing lost (the ladder's best
rung), beside 1 / (server CPU per edit), the ceiling of one core. Last, the same figures
as a Markdown table for docs/workshop.md. On a machine with one core both setups are the
same.

The room is on step 4 with a timer, as in a workshop. Before the first pace the bench
measures what the room costs the server while nobody types (timed reruns, if a page
has any, such as a poll of the room's step).

Goal (issue 20): 30 attendees at one save per GOAL_PACE s each, p95 under 1 s, nothing lost.

    .venv/bin/python bench/workshop_load.py [--sessions 30] [--seconds 60] [--think 20 10 5 2]
                                            [--setup shared split] [--keep-focus]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import math
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from impactkaart.store.projects import Store  # noqa: E402
from impactkaart.workshop.facilitation import MAX_MINUTES, set_step  # noqa: E402
from impactkaart.workshop.rooms import (  # noqa: E402
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
GOAL_PACE = 5.0  # seconds between one attendee's saves at which the goal is judged (issue 20)
SERVER_CORE, BROWSER_CORE = {0}, {1}
# Resolves once the page shows this save and its script run has finished. It waits on DOM
# changes (a MutationObserver) instead of Playwright's polling, which under load would
# spend the CPU being measured on checking again and again.
SAVED_AND_DRAWN = """text => new Promise(resolve => {
  const done = () => {
    const app = document.querySelector('[data-testid=stApp]');
    return app && app.dataset.testScriptState === 'notRunning' && app.textContent.includes(text);
  };
  if (done()) return resolve(true);
  const watch = new MutationObserver(() => { if (done()) { watch.disconnect(); resolve(true); } });
  watch.observe(document.body, {subtree: true, childList: true, attributes: true,
                                characterData: true});
})"""


def prepare(path: Path, sessions: int) -> list[tuple[str, int]]:
    """A workshop with ``sessions`` complete small maps; (token, version) of each."""
    with Store(path) as store:
        workshop = create_workshop(store, "Belasting", dt.date.today()).workshop
        code = workshop.join_code
        set_step(store, workshop.id, 4, MAX_MINUTES)  # the room is at "hoe zie je het?"
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


def children(pid: int) -> list[int]:
    """Every process descending from ``pid`` (from /proc/*/stat)."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def browser_processes(server_pid: int) -> list[int]:
    """The bench's descendants that are not the server: Playwright's driver and Chromium."""
    server = {server_pid, *children(server_pid)}
    return [pid for pid in children(os.getpid()) if pid not in server]


def tree_cpu_seconds(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        try:
            total += cpu_seconds(pid)
        except OSError:  # a process that has ended meanwhile
            pass
    return total


def allowed_cpus(pid: int, thread: int | None = None) -> set[int]:
    """The CPUs a process (or one of its threads) may run on, as taskset -p shows them."""
    where = Path(f"/proc/{pid}") / ("" if thread is None else f"task/{thread}") / "status"
    for line in where.read_text().splitlines():
        if line.startswith("Cpus_allowed_list:"):
            cpus: set[int] = set()
            for part in line.split(":", 1)[1].strip().split(","):
                low, _, high = part.partition("-")
                cpus.update(range(int(low), int(high or low) + 1))
            return cpus
    return set()


def check_pinned(server_pid: int, browser_pids: list[int], split: bool) -> str:
    """Where the server's threads and the browsers' processes may run; an error if the
    split setup did not pin them (the figures would not be what they say)."""
    server = set()
    for thread in Path(f"/proc/{server_pid}/task").iterdir():
        server |= allowed_cpus(server_pid, int(thread.name))
    browsers = set()
    for pid in browser_pids:
        try:
            browsers |= allowed_cpus(pid)
        except OSError:
            pass
    if split and (server != SERVER_CORE or browsers != BROWSER_CORE):
        raise SystemExit(f"not pinned: server on {sorted(server)}, browsers on {sorted(browsers)}")
    return (f"server threads on CPU {','.join(map(str, sorted(server)))}, "
            f"{len(browser_pids)} browser processes on CPU {','.join(map(str, sorted(browsers)))}")


def peak_memory_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Phase:
    """One pace: every attendee saves about every ``think`` seconds for ``seconds``."""

    def __init__(self, think: float, seconds: float):
        self.think, self.seconds = think, seconds
        self.start = asyncio.Event()
        self.deadline = float("inf")
        self.latencies: list[float] = []
        self.done = 0
        self.cpu = 0.0  # the server's CPU seconds during this pace
        self.browser_cpu = 0.0  # the browsers' (every Chromium process and the driver)
        self.wall = 0.0
        self.stuck = 0  # saves not confirmed within STUCK seconds (that attendee stops)


# A save not confirmed within this many seconds is reported as stuck and that attendee
# stops typing, so that one hung page cannot hold the whole ladder for ever.
STUCK = 60.0


def log(message: str) -> None:
    """A progress line with the time, flushed (a ladder runs for a quarter of an hour)."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


async def attendee(context, url: str, token: str, version: int, room_state: dict,
                   phases: list[Phase], last: dict[str, float], keep_focus: bool) -> None:
    page = await context.new_page()
    page.set_default_timeout(180_000)  # thirty pages loading on two cores take a while
    await page.goto(f"{url}/?werkplek={token}", wait_until="commit")
    await page.wait_for_selector(IDLE)
    await page.get_by_role("tab", name="4 Hoe zie je het?").click()
    box = page.get_by_label(QUANTITY, exact=True)
    await box.wait_for()
    value = 10.0
    stuck = False
    room_state["ready"] += 1
    for phase in phases:
        await phase.start.wait()  # everyone is in the room
        await asyncio.sleep(random.uniform(0, phase.think))  # not all at the same moment
        while time.monotonic() < phase.deadline and not stuck:
            value += 1
            version += 1
            await box.fill(str(int(value)))
            start = time.perf_counter()
            await box.press("Enter")
            try:
                await asyncio.wait_for(
                    page.evaluate(SAVED_AND_DRAWN, f"{version} wijzigingen bewaard"), STUCK)
            except TimeoutError:
                phase.stuck += 1
                last[token] = value  # typed: the check at the end says whether it was kept
                log(f"stuck: {token[:6]}… save {version} not confirmed in {STUCK:.0f} s; "
                    "this attendee stops")
                stuck = True
                break
            phase.latencies.append(time.perf_counter() - start)
            if not keep_focus:  # the attendee looks at the map (see --keep-focus)
                await box.blur()
            last[token] = value
            await asyncio.sleep(random.uniform(0.5, 1.5) * phase.think)
        phase.done += 1


async def room(url: str, spaces: list[tuple[str, int]], phases: list[Phase], pid: int,
               keep_focus: bool = False, split: bool = False) -> dict:
    from playwright.async_api import async_playwright

    last: dict[str, float] = {}
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        contexts = [await browser.new_context(viewport={"width": 1280, "height": 900})
                    for _ in spaces]
        began = time.monotonic()
        room_state = {"ready": 0}
        opened = []
        for n in range(0, len(spaces), 5):  # people arrive in small groups
            opened += [asyncio.create_task(attendee(context, url, token, version, room_state,
                                                    phases, last, keep_focus))
                       for context, (token, version) in zip(contexts[n:n + 5], spaces[n:n + 5])]
            await asyncio.sleep(3)
        while room_state["ready"] < len(spaces):
            await asyncio.sleep(0.2)
        loaded = time.monotonic() - began
        log(f"{len(spaces)} pages open after {loaded:.0f} s")
        browsers = browser_processes(pid)
        pinned = check_pinned(pid, browsers, split)
        await asyncio.sleep(5)  # everyone reads, nobody types
        cpu, wall = cpu_seconds(pid), time.monotonic()
        await asyncio.sleep(10)
        idle = (cpu_seconds(pid) - cpu) / (time.monotonic() - wall)
        for phase in phases:
            await asyncio.sleep(5)  # the room settles between paces
            phase.deadline = time.monotonic() + phase.seconds
            browsers = browser_processes(pid)
            cpu, theirs, wall = cpu_seconds(pid), tree_cpu_seconds(browsers), time.monotonic()
            phase.start.set()
            log(f"pace: one save per {phase.think:g} s each, for {phase.seconds:.0f} s")
            while phase.done < len(spaces):
                await asyncio.sleep(0.2)
            log(f"pace done: {len(phase.latencies)} saves, {phase.stuck} stuck")
            phase.cpu = cpu_seconds(pid) - cpu
            phase.browser_cpu = tree_cpu_seconds(browsers) - theirs
            phase.wall = time.monotonic() - wall
        await asyncio.gather(*opened)
        await browser.close()
    return {"last": last, "loaded": loaded, "pinned": pinned, "idle": idle}


@contextlib.contextmanager
def room_server(path: Path, sessions: int, split: bool):
    """A server in workshop mode on a fresh room of ``sessions`` workspaces (yields the
    server and each workspace's (token, version)). With ``split`` the server runs on
    SERVER_CORE and this process, with all it starts afterwards, on BROWSER_CORE."""
    spaces = prepare(path, sessions)
    os.environ[WORKSHOP_ENV] = "1"
    server = AppServer(path)
    everything = os.sched_getaffinity(0)
    try:
        if split:
            os.sched_setaffinity(0, SERVER_CORE)  # the server inherits it when it starts
        server.start()
        if split:
            os.sched_setaffinity(0, BROWSER_CORE)  # and the clients this one
        yield server, spaces
    finally:
        server.stop()
        os.sched_setaffinity(0, everything)


def lost_values(path: Path, spaces: list[tuple[str, int]], last: dict[str, float]) -> int:
    """How many workspaces do not hold the number their attendee typed last (read after the
    server has stopped, from the database file itself)."""
    lost = 0
    with Store(path) as store:
        for token, _ in spaces:
            workspace = open_workspace(store, token)
            (outcome,) = load_design(store, workspace.id).of_kind("outcome")
            if token in last and outcome.fields["quantity"] != last[token]:
                lost += 1
    return lost


def p95(values: list[float]) -> float:
    """The nearest-rank 95th percentile: 95 % of the values are at most this."""
    ordered = sorted(values)
    return ordered[max(math.ceil(0.95 * len(ordered)) - 1, 0)]


def run(args, setup: str) -> dict:
    """One ladder of paces in one setup (``shared``: every process on every core;
    ``split``: the server on core 0, the browsers and the bench on core 1)."""
    phases = [Phase(think, args.seconds) for think in args.think]
    split = setup == "split" and len(os.sched_getaffinity(0)) > 1
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "zaal.duckdb"
        with room_server(path, args.sessions, split) as (server, spaces):
            seen = asyncio.run(room(server.url, spaces, phases, server.proc.pid,
                                    args.keep_focus, split))
            memory = peak_memory_mb(server.proc.pid)
        lost = lost_values(path, spaces, seen["last"])
    where = ("server on core 0, browsers on core 1" if split else
             "server and browsers on the same cores")
    print(f"\n[{setup}] {where} ({seen['pinned']}): {args.sessions} sessions in one Chromium "
          f"(a context each), all pages open after {seen['loaded']:.0f} s; "
          f"{args.seconds:.0f} s per pace; caret "
          f"{'kept in the field' if args.keep_focus else 'out of the field'} after each save. "
          "Edit -> saved and recomputed map:")
    print(f"  nobody typing: server CPU {seen['idle'] * 100:.0f} % "
          "of a core")
    print("  one save per   room saves/s   p50 ms   p95 ms   max ms   server CPU/edit"
          "   server busy   browsers busy   verdict")
    rungs = []
    for phase in phases:
        lat = phase.latencies or [float("inf")]
        rung = {"think": phase.think, "rate": len(phase.latencies) / phase.seconds,
                "p50": statistics.median(lat), "p95": p95(lat), "max": max(lat),
                "cpu_edit": phase.cpu / max(len(phase.latencies), 1),
                "server_busy": phase.cpu / max(phase.wall, 1e-9),
                "browsers_busy": phase.browser_cpu / max(phase.wall, 1e-9)}
        rung["stuck"] = phase.stuck
        rung["ok"] = rung["p95"] < 1 and lost == 0 and phase.stuck == 0
        rungs.append(rung)
        print(f"  {phase.think:>9.1f} s   {rung['rate']:>12.1f}   {rung['p50'] * 1000:>6.0f}   "
              f"{rung['p95'] * 1000:>6.0f}   {rung['max'] * 1000:>6.0f}   "
              f"{rung['cpu_edit'] * 1000:>12.0f} ms   {rung['server_busy'] * 100:>9.0f} %   "
              f"{rung['browsers_busy'] * 100:>11.0f} %   "
              f"{'p95 < 1 s' if rung['p95'] < 1 else 'p95 >= 1 s'}"
              + (f", {phase.stuck} stuck (not confirmed in {STUCK:.0f} s)" if phase.stuck else ""))
    capacity = max((r["rate"] for r in rungs if r["ok"]), default=0.0)
    edits = [r["cpu_edit"] for r in rungs if r["rate"] > 0]
    ceiling = 1 / statistics.median(edits) if edits else float("nan")
    goal = [r for r in rungs if r["think"] == GOAL_PACE]
    if goal:
        met = goal[0]["ok"] and args.sessions >= 30
        print(f"  goal: 30 sessions, one save per {GOAL_PACE:.0f} s each, p95 < 1 s and "
              f"nothing lost: {'met' if met else 'NOT met'}")
    print(f"  capacity: {capacity:.1f} saves/s with p95 < 1 s and nothing lost (best rung); "
          f"one core at the measured CPU per edit: {ceiling:.1f} saves/s")
    print(f"  server peak memory (VmHWM): {memory:.0f} MB")
    print(f"  workspaces not holding their last typed value: {lost} of {len(seen['last'])}")
    return {"setup": setup, "split": split, "capacity": capacity, "ceiling": ceiling,
            "lost": lost, "rungs": rungs, "idle": seen["idle"], "memory": memory,
            "sessions": args.sessions, "seconds": args.seconds}


def markdown(found: dict[str, dict], note: str) -> str:
    """The figures as the table in docs/workshop.md (Dutch, decimal commas)."""
    def num(value: float, decimals: int = 1) -> str:
        return f"{value:.{decimals}f}".replace(".", ",")

    names = {"shared": "samen (alles op beide kernen)", "split": "gescheiden (server kern 0, "
             "browsers kern 1)"}
    lines = ["| opzet | een opslag per deelnemer | opslagen/s (zaal) | mediaan | 95 % binnen "
             "| server-CPU per opslag | server bezig | browsers bezig |",
             "|---|---|---|---|---|---|---|---|"]
    for setup, result in found.items():
        for r in result["rungs"]:
            p95_text = f"{num(r['p95'], 2)} s"
            lines.append(f"| {names[setup]} | elke {num(r['think'], 0)} s | {num(r['rate'])} | "
                         f"{num(r['p50'], 2)} s | {'**' + p95_text + '**' if r['ok'] else p95_text}"
                         f" | {r['cpu_edit'] * 1000:.0f} ms | {r['server_busy'] * 100:.0f} % | "
                         f"{r['browsers_busy'] * 100:.0f} % |")
    lines.append("")
    lines.append("| opzet | capaciteit (95 % binnen 1 s, niets kwijt) | plafond van één kern "
                 "(1 / CPU per opslag) | server zonder typen | verloren | geheugen |")
    lines.append("|---|---|---|---|---|---|")
    for setup, result in found.items():
        lines.append(f"| {names[setup]} | {num(result['capacity'])} opslagen/s | "
                     f"{num(result['ceiling'])} opslagen/s | {result['idle'] * 100:.0f} % van "
                     f"een kern | {result['lost']} | {result['memory']:.0f} MB |")
    lines.append("")
    lines.append(note)
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=60, help="per pace")
    parser.add_argument("--think", type=float, nargs="+", default=[20.0, 10.0, 5.0, 2.0],
                        help="seconds between one attendee's saves (± 50 %%), one run per pace")
    parser.add_argument("--setup", nargs="+", choices=["shared", "split"],
                        default=["shared", "split"])
    parser.add_argument("--keep-focus", action="store_true",
                        help="leave the caret in the field after each save (see the docstring)")
    parser.add_argument("--note", default="",
                        help="a line under the Markdown table (when, which machine, how loaded)")
    args = parser.parse_args()
    load = os.getloadavg()
    found = {setup: run(args, setup) for setup in args.setup}
    print("\nsaves per second the room reached with p95 < 1 s and nothing lost (best rung):")
    for setup, result in found.items():
        print(f"  {setup:<7} {result['capacity']:>6.1f} saves/s   (one core's ceiling "
              f"{result['ceiling']:.1f})")
    if {"shared", "split"} <= set(found) and found["shared"]["capacity"] > 0:
        print(f"  split / shared: {found['split']['capacity'] / found['shared']['capacity']:.2f}×")
    note = args.note or (
        f"({args.sessions} deelnemers, {args.seconds:.0f} s per tempo, {os.cpu_count()} kernen, "
        f"belasting bij de start {load[0]:.1f}; {dt.date.today():%d-%m-%Y}.)")
    print("\nMarkdown for docs/workshop.md:\n")
    print(markdown(found, note))


if __name__ == "__main__":
    main()
