"""Workshop saves under load through the store layer: one writer at a time, or retry conflicts.

30 threads share one `Store` (as the sessions of one Streamlit process do):
20 save fields in workspaces of their own, 10 in one shared workspace, as fast
as they can. Each save is one `workshop.set_field` (a field, the version bump
and the rebuilt project in one transaction). Two ways are measured:

- ``lock``: `Store.write` lets one write transaction run at a time (the default);
- ``retry``: transactions run side by side and a DuckDB conflict ("Conflict on
  tuple deletion", same rows written by two transactions) is rolled back and
  retried, up to `store.WRITE_RETRIES` times, before the user gets a message.

Prints saves per second, latency p50/p95/max, conflicts retried and saves that
failed, for each way. Figures depend on the machine (2 cores here).

    .venv/bin/python bench/workshop_store.py [--saves 20] [--think 1.0]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import impactkaart.store.projects as store_module  # noqa: E402
from impactkaart.store.projects import Store, StoreError  # noqa: E402
from impactkaart.workshop.rooms import (  # noqa: E402
    add_item,
    create_workshop,
    join_workshop,
    load_design,
    set_field,
)

OWN, SHARED = 20, 10


def run(mode: str, saves: int, think: float) -> dict:
    with tempfile.TemporaryDirectory() as directory, Store(Path(directory) / "b.duckdb") as store:
        store.serialise_writes = mode == "lock"
        code = create_workshop(store, "Bench", dt.date.today()).workshop.join_code
        spaces = [join_workshop(store, code, f"D{i}")[0] for i in range(OWN + 1)]
        targets = []
        for n in range(OWN + SHARED):
            space = spaces[n] if n < OWN else spaces[-1]
            who = add_item(store, space.id, "stakeholder", values={"name": "gemeente"})
            targets.append((space.id, add_item(store, space.id, "outcome", who, {
                "outcome": f"Effect {n}", "proxy_key": "huisartsconsult", "deadweight": 0.2,
                "attribution": 0.1})))
        rollbacks = [0]
        original = store_module._rollback

        def counting(cur):
            rollbacks[0] += 1
            original(cur)

        store_module._rollback = counting
        latencies: list[float] = []
        failures: list[str] = []
        expected: dict[str, float] = {}
        barrier = threading.Barrier(OWN + SHARED)

        def writer(n: int) -> None:
            space, outcome = targets[n]
            barrier.wait()
            for k in range(saves):
                start = time.perf_counter()
                try:
                    set_field(store, space, outcome, "quantity", float(1000 * n + k))
                    expected[outcome] = float(1000 * n + k)
                except StoreError as exc:
                    failures.append(str(exc))
                latencies.append(time.perf_counter() - start)
                if think:
                    time.sleep(random.uniform(0.5 * think, 1.5 * think))  # a person, not a loop

        threads = [threading.Thread(target=writer, args=(n,)) for n in range(OWN + SHARED)]
        began = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - began
        store_module._rollback = original
        lost = 0
        for space, outcome in targets:
            if load_design(store, space).item(outcome).fields.get("quantity") != expected.get(outcome):
                lost += 1
        latencies.sort()
        return {
            "saves": len(latencies), "per_second": len(latencies) / elapsed,
            "p50": statistics.median(latencies), "p95": latencies[int(0.95 * len(latencies)) - 1],
            "max": latencies[-1], "conflicts": rollbacks[0] - len(failures),
            "failed": len(failures), "lost": lost,
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=20, help="saves per thread")
    parser.add_argument("--think", type=float, default=0.0,
                        help="seconds between a thread's saves (0: back to back, the worst case)")
    args = parser.parse_args()
    print(f"{OWN + SHARED} threads × {args.saves} saves ({OWN} own workspaces, {SHARED} in one), "
          f"think time {args.think} s")
    results = {mode: run(mode, args.saves, args.think) for mode in ("lock", "retry")}
    for mode, r in results.items():
        print(f"{mode:>5}: {r['per_second']:6.1f} saves/s · p50 {r['p50'] * 1000:6.0f} ms · "
              f"p95 {r['p95'] * 1000:6.0f} ms · max {r['max'] * 1000:6.0f} ms · conflicts "
              f"retried {r['conflicts']} · failed {r['failed']} · fields not as last saved "
              f"{r['lost']}")
    ratio = results["lock"]["per_second"] / results["retry"]["per_second"]
    print(f"lock/retry throughput: {ratio:.2f}×")


if __name__ == "__main__":
    main()
