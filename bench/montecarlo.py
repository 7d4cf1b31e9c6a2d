"""Monte Carlo benchmark: 10.000 draws × 50 effects × 10 years.

Prints wall time and peak memory of the full run through the numpy twin
(`impactkaart.uncertainty.montecarlo.monte_carlo`, the route the app and CLI use), the
same draws through the engine's `compute_flat` on a portfolio of draws, and a
plain Python loop (effect by effect, year by year) over a small sample, scaled
to the full run. Goal: the twin under 0,5 s and under 1 GB.

    .venv/bin/python bench/montecarlo.py [--draws 10000] [--effects 50] [--years 10] [--no-engine]

The project is synthetic (every effect lasts the full 10 years, every
assumption has the default ranges: 351 uncertain assumptions).
"""

from __future__ import annotations

import argparse
import math
import resource
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from impactkaart.core.engine import flatten  # noqa: E402
from impactkaart.core.model import parse_project  # noqa: E402
from impactkaart.uncertainty.montecarlo import draw_samples, monte_carlo, twin  # noqa: E402
from impactkaart.uncertainty.ranges import assumptions, with_default_ranges  # noqa: E402

PARTIES = ["gemeente", "zorgverzekeraar", "politie_justitie", "deelnemer", "woningcorporatie"]
SECTORS = [None, "zorg", "politie_justitie", "schuldhulpverlening", "gemeente"]


def synthetic_project(n_effects: int, years: int):
    rng = np.random.default_rng(0)
    effects = []
    for i in range(n_effects):
        effect = {
            "outcome": f"effect {i + 1}",
            "stakeholder": PARTIES[i % len(PARTIES)],
            "sector": SECTORS[i % len(SECTORS)],
            "quantity": float(rng.integers(5, 200)),
            "proxy": float(rng.integers(50, 5000)),
            "duration": years,
            "deadweight": round(float(rng.uniform(0.1, 0.4)), 2),
            "attribution": round(float(rng.uniform(0.1, 0.5)), 2),
            "displacement": round(float(rng.uniform(0.0, 0.2)), 2),
            "drop_off": round(float(rng.uniform(0.0, 0.3)), 2),
        }
        if i % 2:
            effect["hours_per_unit"] = 0.5
        effects.append(effect)
    data = {
        "name": "Benchmark",
        "project_type": "gezinswerk",
        "years": years,
        "costs": [{"year": y, "financier": "gemeente", "amount": 100_000} for y in range(1, years + 1)],
        "effects": effects,
    }
    return with_default_ranges(parse_project(data))


def measure(fn, repeat: int = 3):
    """(result, best wall seconds of `repeat` runs, tracemalloc peak in MB of one more run).

    Timed without tracemalloc (it slows allocation down); the machine may be shared,
    so the best of a few runs is the fairest figure.
    """
    seconds = math.inf
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        seconds = min(seconds, time.perf_counter() - start)
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, seconds, peak / 2**20


def plain_loop(project, samples, found) -> list[float]:
    """Every draw, effect and year in plain Python: the naive way."""
    factors = []
    for row in samples:
        r = project.discount_rate
        values = [dict(vars(e)) for e in project.effects]
        for a, v in zip(found, row):
            if a.effect is None:
                r = v
            else:
                values[a.effect][a.name] = v
        benefits = 0.0
        for e in values:
            net = e["quantity"] * e["proxy"] * (1 - e["deadweight"]) * (1 - e["displacement"]) * (
                1 - e["attribution"])
            for k in range(int(e["duration"])):
                year = e["start_year"] + k
                benefits += net * (1 - e["drop_off"]) ** k / (1 + r) ** (year - 1)
        costs = sum(c.amount / (1 + r) ** (c.year - 1) for c in project.costs)
        factors.append(benefits / costs)
    return factors


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--draws", type=int, default=10_000)
    parser.add_argument("--effects", type=int, default=50)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--sample", type=int, default=200, help="draws for the plain loop")
    parser.add_argument("--no-engine", action="store_true", help="skip the compute_flat route")
    args = parser.parse_args()

    project = synthetic_project(args.effects, args.years)
    found = assumptions(project)
    print(f"{args.draws:,} trekkingen × {args.effects} effecten × {args.years} jaar; "
          f"{len(found)} onzekere aannames".replace(",", "."))

    monte_carlo(project, draws=100)  # warm-up: imports, reference data, first numpy calls
    fast, t_twin, m_twin = measure(lambda: monte_carlo(project, draws=args.draws, seed=1))
    print(f"numpy-tweeling (monte_carlo):   {t_twin:6.3f} s   piek {m_twin:7.1f} MB "
          "(beste van 3; geheugen: tracemalloc)")

    if not args.no_engine:
        engine, t_engine, m_engine = measure(
            lambda: monte_carlo(project, draws=args.draws, seed=1, method="engine"), repeat=1)
        same = np.allclose(engine.factor, fast.factor, rtol=1e-9)
        print(f"engine (compute_flat):          {t_engine:6.3f} s   piek {m_engine:7.1f} MB   "
              f"gelijk aan tweeling: {'ja' if same else 'NEE'}   ({t_engine / t_twin:.1f}× trager)")

    samples = draw_samples(found, args.sample, np.random.default_rng(1))
    start = time.perf_counter()
    naive = plain_loop(project, samples, found)
    t_loop = (time.perf_counter() - start) * args.draws / args.sample
    print(f"gewone Python-lus (geschaald):  {t_loop:6.3f} s   "
          f"({args.sample} trekkingen gemeten; tweeling {t_loop / t_twin:.0f}× sneller)")
    # the loop and the twin agree on the same draws
    check = twin(flatten([project]), found, samples).factor
    assert np.allclose(check, naive, rtol=1e-9), "plain loop and twin disagree"

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"piek RSS van het hele proces:   {rss:7.1f} MB (getrusage)")
    goal = t_twin < 0.5 and m_twin < 1024
    print(f"doel (< 0,5 s, < 1 GB voor de tweeling): {'gehaald' if goal else 'NIET gehaald'}")


if __name__ == "__main__":
    main()
