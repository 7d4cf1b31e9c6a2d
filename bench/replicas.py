"""A room of editing sessions on one server with DuckDB, one server with PostgreSQL and two
servers with PostgreSQL: the saves per second at which p95 stays under 1 s, as ratios.

A "server" is a process with one `Store` and a thread per editing session, as a Streamlit
process has (each session saves its own project: `save_project`, one transaction of the
project and its rows). The driver offers a rising rate of saves, open loop (a save is due
at its time whether or not the one before finished), split evenly over the servers, and
reads each step's p95. The first rate whose p95 passes 1 s ends a configuration; the one
before it is what the configuration carries. Where the time goes is printed per step:
the time a save waits for the write lock and the time inside its transaction.

CPU: the driver runs on core 0, one server on core 1 (`taskset`), two servers on cores 1
and 0; PostgreSQL itself is not pinned (this machine has 2 cores). Figures depend on the
machine and its other load: read the ratios of one run, never the absolute numbers.

    .venv/bin/python bench/replicas.py [--step 4] [--sessions 20]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SERVER = r"""
import json, sys, threading, time
from impactkaart.authoring.demo import demo_projects
from impactkaart.store.projects import Store
location, sessions = sys.argv[1], int(sys.argv[2])
store = Store(location, pool_size=sessions)
base = demo_projects()[0]
ids = [store.save_project(base) for _ in range(sessions)]
lock_wait = []
real_write = store.write
def timed_write(work):
    t0 = time.perf_counter()
    def inner(cur):
        lock_wait.append(time.perf_counter() - t0)
        return work(cur)
    return real_write(inner)
store.write = timed_write
print("klaar", flush=True)
for line in sys.stdin:  # one step: "rate seconds"
    rate, seconds = map(float, line.split())
    latencies, lock_wait[:] = [], []
    start = time.perf_counter() + 0.05
    def session(n):
        k, interval = 0, sessions / rate
        while True:
            due = start + n * interval / sessions + k * interval
            if due > start + seconds:
                return
            time.sleep(max(0.0, due - time.perf_counter()))
            store.save_project(base, ids[n])
            latencies.append(time.perf_counter() - due)
            k += 1
    threads = [threading.Thread(target=session, args=(n,)) for n in range(sessions)]
    for t in threads: t.start()
    for t in threads: t.join()
    print(json.dumps({"latencies": latencies, "lock_wait": list(lock_wait)}), flush=True)
"""

RATES = [5, 10, 20, 30, 45, 65, 90, 130, 180, 250]


def p95(values: list[float]) -> float:
    values = sorted(values)
    return values[int(0.95 * (len(values) - 1))] if values else float("inf")


def run(name: str, locations: list[str], cores: list[str], sessions: int, step: float) -> float:
    procs = [subprocess.Popen(["taskset", "-c", core, sys.executable, "-c", SERVER, loc,
                               str(sessions // len(locations))],
                              cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
             for loc, core in zip(locations, cores)]
    for proc in procs:
        assert proc.stdout.readline().strip() == "klaar"
    carried = 0.0
    try:
        for rate in RATES:
            for proc in procs:
                proc.stdin.write(f"{rate / len(procs)} {step}\n")
                proc.stdin.flush()
            results = [json.loads(proc.stdout.readline()) for proc in procs]
            lat = [x for r in results for x in r["latencies"]]
            wait = [x for r in results for x in r["lock_wait"]]
            done = len(lat) / step
            print(f"  {name:<24} offered {rate:>4}/s  done {done:6.1f}/s  p95 {p95(lat):6.3f} s  "
                  f"lock wait p95 {p95(wait):6.3f} s  in transaction ~{max(0.0, p95(lat) - p95(wait)):.3f} s",
                  flush=True)
            if p95(lat) >= 1.0:
                break
            carried = rate
    finally:
        for proc in procs:
            proc.stdin.close()
            proc.wait()
    return carried


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--step", type=float, default=4.0, help="seconds per offered rate")
    parser.add_argument("--sessions", type=int, default=20, help="editing sessions in the room")
    args = parser.parse_args()
    os.sched_setaffinity(0, {0})  # the driver on core 0
    from tests import pg_support

    cluster = pg_support.Cluster()
    try:
        with tempfile.TemporaryDirectory() as folder:
            duck = run("1 server, DuckDB", [str(Path(folder) / "bench.duckdb")], ["1"],
                       args.sessions, args.step)
        url = cluster.fresh_schema()
        pg1 = run("1 server, PostgreSQL", [url], ["1"], args.sessions, args.step)
        url2 = cluster.fresh_schema()
        pg2 = run("2 servers, PostgreSQL", [url2, url2], ["1", "0"], args.sessions, args.step)
    finally:
        cluster.stop()
    print(f"\nsaves/s with p95 < 1 s: DuckDB {duck}, PostgreSQL {pg1}, 2 x PostgreSQL {pg2}")
    if duck and pg1:
        print(f"DuckDB / PostgreSQL (one server): {duck / pg1:.2f}x   (goal: at most 1.3x)")
    if pg1:
        print(f"two servers / one server (PostgreSQL): {pg2 / pg1:.2f}x   (goal: at least 1.6x)")


if __name__ == "__main__":
    main()
