"""Benchmark: a portfolio of 100.000 projects × 10 effects (up to 10 years) in one call.

Prints effect-years per second, peak memory, and the ratio of the engine's time
to a vectorised numpy lower bound measured in the same run (the bare minimum
for the headline: expand to effect-years, discount, sum per project). These
machines are noisy, so the ratio is the figure that counts, not the seconds.

    .venv/bin/python bench/engine.py [--projects N] [--repeat R]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from impactkaart.core.engine import FlatPortfolio, compute_flat  # noqa: E402

PARTIES = ["gemeente", "zorgverzekeraar", "politie_justitie", "deelnemer", "rijk", "school"]
SECTORS = ["zorg", "politie_justitie", "schuldhulpverlening", "jeugdzorg", "onderwijs"]


def generate(n_projects: int, effects_per_project: int = 10, seed: int = 1) -> FlatPortfolio:
    rng = np.random.default_rng(seed)
    n_e = n_projects * effects_per_project
    n_c = n_projects * 3
    years = rng.integers(1, 6, n_projects)
    e_project = np.repeat(np.arange(n_projects), effects_per_project)
    c_project = np.repeat(np.arange(n_projects), 3)
    sector = rng.integers(-1, len(SECTORS), n_e)
    has_sector = sector >= 0
    return FlatPortfolio(
        names=[f"project {i}" for i in range(n_projects)],
        discount_rate=np.full(n_projects, 0.0225),
        years=years,
        c_project=c_project,
        c_year=rng.integers(1, years[c_project] + 1),
        c_party=rng.integers(0, 3, n_c),
        c_amount=rng.uniform(10_000, 200_000, n_c),
        e_project=e_project,
        e_quantity=rng.uniform(1, 500, n_e),
        e_proxy=rng.uniform(10, 20_000, n_e),
        e_deadweight=rng.uniform(0, 0.5, n_e),
        e_displacement=rng.uniform(0, 0.2, n_e),
        e_attribution=rng.uniform(0, 0.5, n_e),
        e_drop_off=rng.uniform(0, 0.5, n_e),
        e_start=rng.integers(1, years[e_project] + 1),
        e_duration=rng.integers(1, 11, n_e),  # up to 10 years each
        e_party=rng.integers(0, len(PARTIES), n_e),
        e_sector=sector,
        e_hours_per_unit=np.where(rng.random(n_e) < 0.5, rng.uniform(0.1, 5, n_e), np.nan),
        e_productive_hours=np.where(has_sector, 1720.0, np.nan),
        e_labour_cost=np.where(has_sector, 60_200.0, np.nan),
        e_labour_share=np.where(has_sector, 0.6, np.nan),
        party_names=PARTIES,
        sector_names=SECTORS,
    )


def lower_bound(fp: FlatPortfolio) -> np.ndarray:
    """The least numpy work that yields PV benefits and costs per project."""
    base = (
        fp.e_quantity * fp.e_proxy
        * (1 - fp.e_deadweight) * (1 - fp.e_displacement) * (1 - fp.e_attribution)
    )
    eidx = np.repeat(np.arange(len(base)), fp.e_duration)
    k = np.arange(len(eidx)) - (np.cumsum(fp.e_duration) - fp.e_duration)[eidx]
    d = 1 / (1 + fp.discount_rate[fp.e_project])
    pv = base[eidx] * np.power((1 - fp.e_drop_off)[eidx], k) * np.power(
        d[eidx], fp.e_start[eidx] + k - 1
    )
    n = fp.n_projects
    pv_b = np.bincount(fp.e_project[eidx], pv, minlength=n)
    pv_c = np.bincount(
        fp.c_project,
        fp.c_amount / (1 + fp.discount_rate[fp.c_project]) ** (fp.c_year - 1),
        minlength=n,
    )
    return pv_b / pv_c


def timed(fn, repeat: int) -> tuple[float, object]:
    """Best of `repeat` runs: other processes only ever add time, never remove it."""
    times, out = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    return min(times), out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--projects", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    fp = generate(args.projects)
    effect_years = int(fp.e_duration.sum())
    bound_s, factors = timed(lambda: lower_bound(fp), args.repeat)
    engine_s, result = timed(lambda: compute_flat(fp), args.repeat)
    assert np.allclose(result.summary["rendementsfactor"].to_numpy(), factors, rtol=1e-9)

    tracemalloc.start()
    compute_flat(fp)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB -> MiB on Linux

    print(f"portfolio: {args.projects:,} projects, {len(fp.e_project):,} effects, "
          f"{effect_years:,} effect-years")
    print(f"engine (compute_flat, all results): {engine_s:.3f} s  "
          f"= {effect_years / engine_s / 1e6:.1f} M effect-years/s")
    print(f"numpy lower bound (headline only): {bound_s:.3f} s")
    print(f"ratio engine / lower bound: {engine_s / bound_s:.2f}x  (goal: within 3x)")
    print(f"peak memory of one compute (tracemalloc): {peak / 2**20:.0f} MiB; "
          f"process max RSS: {max_rss:.0f} MiB  (goal: under 2 GB)")


if __name__ == "__main__":
    main()
