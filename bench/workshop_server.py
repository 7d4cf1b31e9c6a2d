"""The workshop server's own capacity: a room of attendees without browsers (issue 20).

`bench/workshop_load.py` drives real Chromium pages; on this 2-core machine thirty of them
need more than the one core they get in its split setup (each save redraws a page: about
three times the server's work), so that bench measures the browsers as much as the server.
This one measures the server alone: it speaks Streamlit's own protocol (the protobuf
messages over the WebSocket /_stcore/stream that the browser's JavaScript sends and
receives), so an attendee costs the bench next to nothing.

Each attendee opens their workspace's private link (the `meedoen` page with
``?werkplek=…``), as a browser would, then types a new number of people in the quantity
field about every THINK seconds (± 50 %): the field's new state goes back to the server in
one rerun of the workbench fragment, as the browser sends it after Enter. A save is timed
from sending it until its script run has finished and showed "N wijzigingen bewaard" with
the new count. Timed reruns that the page asks for
(`auto_rerun`, a fragment with run_every such as a live step) are sent on their interval,
as the browser does, so an idle room costs the server what a real one does.

The server runs pinned to core 0, the bench to core 1 (`os.sched_setaffinity`, checked
back from /proc as in workshop_load.py). Per pace: the room's saves per second, p50/p95/max
from send to finished run, the server's CPU per save and how busy it was. Then: capacity
(the highest rate with p95 under 1 s and nothing lost), the ceiling of one core (1 / CPU per
save), the server's CPU while nobody types, its peak memory, and whether every workspace
holds the last value its attendee typed. Last, the Markdown table for docs/workshop.md.

What it leaves out, and workshop_load.py covers: the browser's own drawing (on a laptop per
attendee, each on its own CPU) and the network between them.

Goal (issue 20): 30 attendees at one save per 5 s each, p95 under 1 s, nothing lost.

    .venv/bin/python bench/workshop_server.py [--sessions 30] [--seconds 60] [--think 20 10 5 2 1]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.workshop_load import (  # noqa: E402
    GOAL_PACE,
    QUANTITY,
    SERVER_CORE,
    STUCK,
    allowed_cpus,
    cpu_seconds,
    log,
    lost_values,
    p95,
    peak_memory_mb,
    room_server,
)

PAGE = "meedoen"  # the attendee's page (views/workshop/deelnemen.py), as in its URL


class Attendee:
    """One browser tab as the server sees it: a WebSocket session on the attendee's page."""

    def __init__(self, url: str, token: str, version: int):
        self.url, self.token, self.version = url, token, version
        self.ws = None
        # The quantity field's state, sent back with each rerun. The browser sends every
        # widget's state; the server acts on those that changed (one field per save), so
        # sending the changed one is the same work for the server (sending the others as
        # read off the page made the server save them again: their drawn value is not
        # the state it compares with).
        self.quantity = None
        self.fragment = ""  # the workbench fragment holding the field
        self.finished = asyncio.Event()
        # One run at a time per tab: a timed rerun and a save share `finished` and `texts`.
        # (The server too runs one script at a time per session; a save sent during a timed
        # run waits for it, as here.)
        self.running = asyncio.Lock()
        self.texts: list[str] = []  # the markdown of the run under way
        self.timers: dict[str, asyncio.Task] = {}
        self.auto_reruns = 0

    async def open(self) -> None:
        import websockets

        self.ws = await websockets.connect(
            self.url.replace("http", "ws") + "/_stcore/stream", subprotocols=["streamlit"],
            max_size=None)
        self.reader = asyncio.create_task(self._read())
        await self._rerun()
        if self.quantity is None:
            raise SystemExit(f"no field {QUANTITY!r} on the attendee's page")
        self.version = self._saves()  # the page's own count of saves

    def _saves(self) -> int:
        """The count in the page's "N wijzigingen bewaard" of the last run."""
        for text in self.texts:
            found = re.search(r"(\d+) wijzigingen bewaard", text)
            if found:
                return int(found.group(1))
        raise RuntimeError(f"no count of saves on the page: {self.texts[:3]}")

    async def _rerun(self, fragment: str = "", auto: bool = False, timeout: float = STUCK):
        async with self.running:
            await self._send_rerun(fragment, auto, timeout)

    async def _send_rerun(self, fragment: str, auto: bool, timeout: float) -> None:
        from streamlit.proto.BackMsg_pb2 import BackMsg

        msg = BackMsg()
        state = msg.rerun_script
        state.query_string = f"werkplek={self.token}"
        state.page_name = PAGE
        state.fragment_id = fragment
        state.is_auto_rerun = auto
        if self.quantity is not None:
            state.widget_states.widgets.append(self.quantity)
        self.finished.clear()
        self.texts = []
        await self.ws.send(msg.SerializeToString())
        await asyncio.wait_for(self.finished.wait(), timeout)

    async def _read(self) -> None:
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
        from streamlit.proto.WidgetStates_pb2 import WidgetState

        async for raw in self.ws:
            msg = ForwardMsg()
            msg.ParseFromString(raw)
            kind = msg.WhichOneof("type")
            if kind == "script_finished":
                self.finished.set()
            elif kind == "auto_rerun":
                self._every(msg.auto_rerun.fragment_id, msg.auto_rerun.interval)
            elif kind == "stop_auto_rerun":
                for task in self.timers.values():
                    task.cancel()
                self.timers.clear()
            elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
                element = msg.delta.new_element
                which = element.WhichOneof("type")
                if which == "markdown":
                    self.texts.append(element.markdown.body)
                elif which == "text_input" and element.text_input.label == QUANTITY:
                    field = element.text_input
                    self.quantity = WidgetState(id=field.id, string_value=field.value)
                    self.fragment = msg.delta.fragment_id

    def _every(self, fragment: str, interval: float) -> None:
        async def tick():
            while True:
                await asyncio.sleep(interval)
                self.auto_reruns += 1
                await self._rerun(fragment, auto=True)

        if fragment not in self.timers:
            self.timers[fragment] = asyncio.create_task(tick())

    async def save(self, value: float) -> float:
        """Type ``value`` and press Enter; seconds until its run has shown the save."""
        self.quantity.string_value = str(int(value))
        self.version += 1
        wanted = f"{self.version} wijzigingen bewaard"
        start = time.perf_counter()  # a timed run under way is waited for, as in the browser
        async with self.running:
            await self._send_rerun(self.fragment, False, STUCK)
            took = time.perf_counter() - start
            shown = list(self.texts)
        if not any(wanted in text for text in shown):  # saved and shown in that run
            raise RuntimeError(f"save {self.version} ran without {wanted!r}: "
                               f"{[text for text in shown if 'bewaard' in text]}")
        return took

    async def close(self) -> None:
        for task in self.timers.values():
            task.cancel()
        await self.ws.close()
        self.reader.cancel()


class Phase:
    def __init__(self, think: float, seconds: float):
        self.think, self.seconds = think, seconds
        self.latencies: list[float] = []
        self.stuck = self.failed = 0
        self.cpu = self.wall = 0.0


async def typing(attendee: Attendee, phase: Phase, deadline: float, last: dict) -> None:
    await asyncio.sleep(random.uniform(0, phase.think))
    value = last.get(attendee.token, 10.0)
    while time.monotonic() < deadline:
        value += 1
        last[attendee.token] = value
        try:
            phase.latencies.append(await attendee.save(value))
        except TimeoutError:
            phase.stuck += 1
            log(f"stuck: {attendee.token[:6]}… save not finished in {STUCK:.0f} s")
            return
        except RuntimeError as exc:
            phase.failed += 1
            log(f"failed: {exc}")
            return
        await asyncio.sleep(random.uniform(0.5, 1.5) * phase.think)


async def room(url: str, spaces, phases: list[Phase], pid: int) -> dict:
    attendees = [Attendee(url, token, version) for token, version in spaces]
    began = time.monotonic()
    for n in range(0, len(attendees), 5):  # people arrive in small groups
        await asyncio.gather(*(a.open() for a in attendees[n:n + 5]))
    log(f"{len(attendees)} attendees in the room after {time.monotonic() - began:.0f} s")
    await asyncio.sleep(5)
    cpu, wall = cpu_seconds(pid), time.monotonic()
    await asyncio.sleep(15)  # nobody types: what the room's timed reruns cost
    idle = (cpu_seconds(pid) - cpu) / (time.monotonic() - wall)
    last: dict[str, float] = {}
    for phase in phases:
        await asyncio.sleep(3)
        log(f"pace: one save per {phase.think:g} s each, for {phase.seconds:.0f} s")
        cpu, wall = cpu_seconds(pid), time.monotonic()
        deadline = wall + phase.seconds
        await asyncio.gather(*(typing(a, phase, deadline, last) for a in attendees))
        phase.cpu, phase.wall = cpu_seconds(pid) - cpu, time.monotonic() - wall
        log(f"pace done: {len(phase.latencies)} saves, {phase.stuck} stuck, {phase.failed} failed")
    reruns = sum(a.auto_reruns for a in attendees)
    for a in attendees:
        await a.close()
    return {"last": last, "idle": idle, "auto_reruns": reruns}


def run(args) -> dict:
    phases = [Phase(think, args.seconds) for think in args.think]
    split = len(os.sched_getaffinity(0)) > 1
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "zaal.duckdb"
        with room_server(path, args.sessions, split) as (server, spaces):
            if split:  # every server thread on its core, or the figures are not what they say
                threads = set()
                for thread in Path(f"/proc/{server.proc.pid}/task").iterdir():
                    threads |= allowed_cpus(server.proc.pid, int(thread.name))
                if threads != SERVER_CORE:
                    raise SystemExit(f"not pinned: server threads on {sorted(threads)}")
            seen = asyncio.run(room(server.url, spaces, phases, server.proc.pid))
            memory = peak_memory_mb(server.proc.pid)
        lost = lost_values(path, spaces, seen["last"])
    rungs = []
    for phase in phases:
        lat = phase.latencies or [float("inf")]
        rung = {"think": phase.think, "rate": len(phase.latencies) / phase.seconds,
                "p50": statistics.median(lat), "p95": p95(lat), "max": max(lat),
                "cpu_save": phase.cpu / max(len(phase.latencies), 1),
                "busy": phase.cpu / max(phase.wall, 1e-9), "stuck": phase.stuck + phase.failed}
        rung["ok"] = rung["p95"] < 1 and lost == 0 and rung["stuck"] == 0
        rungs.append(rung)
    capacity = max((r["rate"] for r in rungs if r["ok"]), default=0.0)
    saves = [r["cpu_save"] for r in rungs if r["rate"] > 0]
    return {"rungs": rungs, "capacity": capacity, "lost": lost, "memory": memory,
            "ceiling": 1 / statistics.median(saves) if saves else float("nan"),
            "idle": seen["idle"], "auto_reruns": seen["auto_reruns"], "split": split}


def num(value: float, decimals: int = 1) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=60, help="per pace")
    parser.add_argument("--think", type=float, nargs="+", default=[20.0, 10.0, 5.0, 2.0, 1.0],
                        help="seconds between one attendee's saves (± 50 %%), one run per pace")
    parser.add_argument("--note", default="", help="a line under the Markdown table")
    args = parser.parse_args()
    load = os.getloadavg()
    found = run(args)
    where = "server on core 0, bench on core 1" if found["split"] else "one core for both"
    print(f"\n{args.sessions} attendees over the protocol ({where}), {args.seconds:.0f} s per pace; "
          f"load average at the start {load[0]:.1f}. Send -> run finished with the save shown:")
    print(f"  nobody typing: server CPU {found['idle'] * 100:.0f} % of a core "
          f"({found['auto_reruns']} timed reruns in the whole run)")
    print("  one save per   room saves/s   p50 ms   p95 ms   max ms   server CPU/save   server busy")
    for r in found["rungs"]:
        print(f"  {r['think']:>9.1f} s   {r['rate']:>12.1f}   {r['p50'] * 1000:>6.0f}   "
              f"{r['p95'] * 1000:>6.0f}   {r['max'] * 1000:>6.0f}   {r['cpu_save'] * 1000:>12.0f} ms"
              f"   {r['busy'] * 100:>9.0f} %" + (f"   {r['stuck']} stuck or failed" if r["stuck"] else ""))
    goal = [r for r in found["rungs"] if r["think"] == GOAL_PACE]
    if goal:
        met = goal[0]["ok"] and args.sessions >= 30
        print(f"  goal: 30 attendees, one save per {GOAL_PACE:.0f} s each, p95 < 1 s, nothing lost: "
              f"{'met' if met else 'NOT met'}")
    print(f"  capacity: {found['capacity']:.1f} saves/s with p95 < 1 s and nothing lost; one core at "
          f"the measured CPU per save: {found['ceiling']:.1f} saves/s")
    print(f"  server peak memory (VmHWM): {found['memory']:.0f} MB; workspaces not holding their "
          f"last typed value: {found['lost']}")
    note = args.note or (f"({args.sessions} deelnemers via het protocol, {args.seconds:.0f} s per "
                         f"tempo, belasting bij de start {num(load[0])}; {dt.date.today():%d-%m-%Y}.)")
    print("\nMarkdown for docs/workshop.md:\n")
    print("| een opslag per deelnemer | opslagen/s (zaal) | mediaan | 95 % binnen | max "
          "| server-CPU per opslag | server bezig |")
    print("|---|---|---|---|---|---|---|")
    for r in found["rungs"]:
        p95_text = f"{num(r['p95'], 2)} s"
        print(f"| elke {num(r['think'], 0)} s | {num(r['rate'])} | {num(r['p50'], 2)} s | "
              f"{'**' + p95_text + '**' if r['ok'] else p95_text} | {num(r['max'], 2)} s | "
              f"{r['cpu_save'] * 1000:.0f} ms | {r['busy'] * 100:.0f} % |")
    print(f"\nCapaciteit {num(found['capacity'])} opslagen/s (95 % binnen 1 s, niets kwijt); plafond "
          f"van één kern {num(found['ceiling'])} opslagen/s; server zonder typen "
          f"{found['idle'] * 100:.0f} % van een kern; verloren {found['lost']}; geheugen "
          f"{found['memory']:.0f} MB. {note}")


if __name__ == "__main__":
    main()
