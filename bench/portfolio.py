"""Benchmark: the portfolio view of 1.000 projects (demo projects varied), computed and drawn.

Prints, for N projects:

- the one `compute_portfolio` call against N separate `compute` calls (ratio);
- `portfolio_view` plus building the three portfolio charts and their Vega-Lite JSON;
- drawing the bubble chart offline (vl-convert SVG, as a stand-in for the browser);
- the Portfolio page in Streamlit's AppTest on a DuckDB file with N projects:
  the first run (every project loaded from the store) and a rerun (cached view).

Machines here are noisy and shared: the ratios are the figures that count.

    .venv/bin/python bench/portfolio.py [--projects N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from impactkaart.authoring.demo import demo_projects  # noqa: E402
from impactkaart.core.engine import compute, compute_portfolio  # noqa: E402
from impactkaart.core.model import Project  # noqa: E402
from impactkaart.io.exports.chart_files import to_svg  # noqa: E402
from impactkaart.portfolio import charts as portfolio_charts  # noqa: E402
from impactkaart.portfolio.view import portfolio_view  # noqa: E402


def generate(n: int, seed: int = 1) -> list[Project]:
    """N projects: the demo projects with other reach, costs and discount rates."""
    rng = np.random.default_rng(seed)
    demos = demo_projects()
    projects = []
    for i in range(n):
        base = demos[i % len(demos)]
        reach, cost = rng.uniform(0.3, 3.0), rng.uniform(0.5, 2.0)
        projects.append(replace(
            base,
            name=f"{base.name.split(' (')[0]} {i + 1}",
            discount_rate=float(rng.choice([0.0225, 0.03, 0.04])),
            effects=tuple(replace(e, quantity=e.quantity * reach) for e in base.effects),
            costs=tuple(replace(c, amount=c.amount * cost) for c in base.costs),
        ))
    return projects


def best_of(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=1000)
    args = parser.parse_args()
    n = args.projects
    projects = generate(n)
    items = list(enumerate(projects, start=1))
    n_effects = sum(len(p.effects) for p in projects)
    print(f"{n} projecten, {n_effects} effecten")

    one_call = best_of(lambda: compute_portfolio(projects))
    separate = best_of(lambda: [compute(p) for p in projects], repeat=1)
    print(f"compute_portfolio (één aanroep): {one_call * 1000:8.1f} ms")
    print(f"{n} × compute (los):           {separate * 1000:8.1f} ms"
          f"   → één aanroep is {separate / one_call:.0f}× sneller")

    def view_and_charts():
        view = portfolio_view(items)
        data = portfolio_charts.project_data(view)
        specs = [
            portfolio_charts.bubble_chart(data, view.benchmark).to_json(),
            portfolio_charts.factor_chart(data, view.benchmark).to_json(),
            portfolio_charts.fte_sector_chart(portfolio_charts.fte_sector_data(view)).to_json(),
        ]
        return view, specs

    view_time = best_of(view_and_charts)
    view, specs = view_and_charts()
    print(f"portfolio_view + 3 grafieken (JSON): {view_time * 1000:6.1f} ms"
          f"   ({view_time / one_call:.1f}× de rekentijd)")
    to_svg(specs[0])  # the first vl-convert call starts its JavaScript engine
    svg_time = best_of(lambda: to_svg(specs[0]))
    print(f"bellengrafiek tekenen (vl-convert SVG, {n} bellen): {svg_time * 1000:6.1f} ms")

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        os.environ["IMPACTKAART_DB"] = str(db)
        from impactkaart.store.projects import Store

        start = time.perf_counter()
        with Store(db) as store:
            for project in projects:
                store.save_project(project)
        save_time = time.perf_counter() - start
        with Store(db) as store:
            load_time = best_of(store.load_all, repeat=1)
        print(f"opslaan van {n} projecten: {save_time:.1f} s; alles laden (load_all): "
              f"{load_time * 1000:.0f} ms")

        import streamlit as st
        from streamlit.testing.v1 import AppTest

        st.cache_resource.clear()
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600).run()
        start = time.perf_counter()
        at.switch_page("views/show/portfolio.py").run()
        first = time.perf_counter() - start
        assert not at.exception, at.exception
        reruns = []
        for _ in range(3):
            start = time.perf_counter()
            at.run()
            reruns.append(time.perf_counter() - start)
        rerun = statistics.median(reruns)
        print(f"Portfolio-pagina (AppTest), eerste keer (laadt alle projecten): "
              f"{first * 1000:.0f} ms; opnieuw (alles in cache): {rerun * 1000:.0f} ms")
        st.cache_resource.clear()
    print(f"per project: rekenen {one_call / n * 1e6:.0f} µs, pagina opnieuw tekenen "
          f"{rerun / n * 1e3:.2f} ms")


if __name__ == "__main__":
    main()
