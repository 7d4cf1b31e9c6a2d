"""A project with 1.000 versions against a project with one: opening, history, diff, save.

Two projects in one DuckDB file: A saved once, B saved 1.000 times (each save changes the
deadweight of one effect and the quantity of another, as editing does). Measured in the
same run, as medians over repeats:

- open: `Store.load_project` (what every page does), B against A; goal ≤ 1,2×;
- history: `history.history` (the page's list, no snapshots), B against A;
- diff: `history.diff` of B's version 1 and 1.000, and `history.compare` (both results);
  goal: diff under 50 ms;
- save: a save of B (which records its 1.001st version) against a save of B with the
  recording switched off (the cost a version adds to every save);
- storage: bytes of snapshot text per version, and the file size.

    .venv/bin/python bench/versions.py [--versions 1000] [--repeats 30]
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import impactkaart.store.projects as store_module  # noqa: E402
from impactkaart.authoring.demo import demo_projects  # noqa: E402
from impactkaart.store.projects import Store  # noqa: E402
from impactkaart.versions import history  # noqa: E402
from impactkaart.versions import store as version_rows  # noqa: E402


def _median(work, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _pair(one, many, repeats: int) -> tuple[float, float]:
    """Medians of two kinds of work measured in turns (A, B, A, B …), so that a busy
    machine slows both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeats):
        for work, kept in ((one, times[0]), (many, times[1])):
            start = time.perf_counter()
            work()
            kept.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def _edited(project, i: int):
    effects = list(project.effects)
    effects[0] = dataclasses.replace(effects[0], deadweight=round(0.1 + (i % 50) / 100, 2))
    effects[1] = dataclasses.replace(effects[1], quantity=float(100 + i))
    return dataclasses.replace(project, effects=tuple(effects))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args()
    base = demo_projects()[0]
    with tempfile.TemporaryDirectory() as directory, Store(Path(directory) / "v.duckdb") as store:
        one = store.save_project(base)
        many = store.save_project(base)
        start = time.perf_counter()
        for i in range(1, args.versions):
            store.save_project(_edited(base, i), many)
        filling = time.perf_counter() - start
        count = len(history.history(store, many))
        assert count == args.versions, count

        open_one, open_many = _pair(lambda: store.load_project(one),
                                    lambda: store.load_project(many), args.repeats)
        list_one, list_many = _pair(lambda: history.history(store, one),
                                    lambda: history.history(store, many), args.repeats)
        diff = _median(lambda: history.diff(store, many, 1, args.versions), args.repeats)
        compare = _median(lambda: history.compare(store, many, 1, args.versions), max(args.repeats // 3, 3))

        edits = itertools.count(args.versions)  # every save a change: every save a version
        saves = max(args.repeats // 2, 1)

        def save_without():
            store_module._SAVED.remove(version_rows.record_version)
            try:
                store.save_project(_edited(base, next(edits)), many)
            finally:
                store_module.register_saved(version_rows.record_version)

        with_version, without = _pair(lambda: store.save_project(_edited(base, next(edits)), many),
                                      save_without, saves)
        snapshot_bytes = store.cursor().execute(
            "SELECT sum(length(snapshot)) + sum(length(changes)) FROM project_versions "
            "WHERE project_id = ?", [many]).fetchone()[0]
        store.cursor().execute("CHECKPOINT")
        size = (Path(directory) / "v.duckdb").stat().st_size

    print(f"{args.versions} versions saved in {filling:.1f} s ({filling / args.versions * 1000:.1f} ms a save)")
    print(f"open      1 version {open_one * 1000:7.2f} ms · {args.versions} versions {open_many * 1000:7.2f} ms"
          f" · ratio {open_many / open_one:.2f}× (goal ≤ 1.20×)")
    print(f"history   1 version {list_one * 1000:7.2f} ms · {args.versions} versions {list_many * 1000:7.2f} ms"
          f" · ratio {list_many / list_one:.1f}×")
    print(f"diff      version 1 → {args.versions}: {diff * 1000:.2f} ms (goal < 50 ms); "
          f"compare with both results: {compare * 1000:.1f} ms")
    print(f"save      with the version recorded {with_version * 1000:.2f} ms · without {without * 1000:.2f} ms"
          f" · ratio {with_version / without:.2f}×")
    print(f"storage   {snapshot_bytes / args.versions / 1024:.1f} KiB of text per version; "
          f"file {size / 1024 / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
