"""Monitoring at scale: 200 programmes × 20 KPIs × 40 periods (160.000 measurements).

Times, on a fresh DuckDB file:

- import: the 200 files (one per programme, 800 rows each, as `impactkaart kpi import
  FILE … --programme NAME …` reads them: the safe table reader, every cell checked, then
  all 200 saved in one transaction, `store.import_many`);
- report: `report.report_frame` (every measurement with its value and 95 % Wilson
  interval, sorted, as `impactkaart kpi report --json` builds it before writing it);
- report JSON: `report.report_json`, the text `kpi report --json` prints (shown beside the
  goal: it writes 1,4 million fields, which a groupby does not);
- overview: `report.overview_data` (per programme and KPI: first, last, target, the good
  way, the small-number flag);

each with its ratio to a plain pandas baseline over the same rows in the same run: for
the import, `pandas.read_csv` of the same 200 files plus a groupby per file; for the
report and the overview, a groupby over the 160.000 rows (sum of teller and noemer per
programme, KPI and period; first and last per programme and KPI).

Goal (issue 17): each under 1 s and within 3× of the pandas baseline. Every figure is the
best of ``--runs`` runs (each on a fresh file), ours and the baseline alike; the load
average is printed beside them.

    .venv/bin/python bench/kpi.py [--programmes 200] [--runs 3]
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from impactkaart.monitoring import report  # noqa: E402
from impactkaart.monitoring.library import library  # noqa: E402
from impactkaart.monitoring.measurements import read_measurements  # noqa: E402
from impactkaart.monitoring.store import ProgrammeImport, import_many  # noqa: E402
from impactkaart.store.projects import Store  # noqa: E402

KPIS = library()
CHOSEN = [k for k in KPIS.values()][:20]
PERIODS = [f"{2022 + m // 12}-{m % 12 + 1:02d}" for m in range(40)]


def files(programmes: int, seed: int = 7) -> list[bytes]:
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(programmes):
        lines = ["kpi;periode;teller;noemer;waarde"]
        for kpi in CHOSEN:
            for period in PERIODS:
                if kpi.is_share:
                    d = int(rng.integers(10, 400))
                    lines.append(f"{kpi.key};{period};{int(rng.integers(0, d + 1))};{d};")
                elif kpi.kind == "count":
                    lines.append(f"{kpi.key};{period};;;{int(rng.integers(0, 500))}")
                else:
                    lines.append(f"{kpi.key};{period};;;{rng.uniform(1, 5):.2f}".replace(".", ","))
        out.append("\n".join(lines).encode("utf-8"))
    return out


def timed(work):
    start = time.perf_counter()
    value = work()
    return time.perf_counter() - start, value


STEPS = (  # (name, what ours times, what the baseline times)
    ("import", "read + check the 200 files, save them in one transaction (kpi import)",
     "pandas.read_csv of the 200 files + a groupby per file"),
    ("report", "report.report_frame: every measurement, value, Wilson interval, sorted",
     "groupby (programme, kpi, period) over the 160.000 rows in memory"),
    ("overview", "report.overview_data: per programme and KPI first, last, good way",
     "groupby (programme, kpi) first/last/size over the rows in memory"),
    ("json", "report.report_json: the text kpi report --json prints (no goal)",
     "the report's groupby"),
)


def one_run(raw: list[bytes], rows: int, programmes: int) -> dict[str, tuple[float, float]]:
    """Every step and its baseline once, on a fresh DuckDB file: name -> (ours, pandas)."""
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "bench.duckdb") as store:
        def do_import():  # as `kpi import` of many files: read and check all, then one write
            batch = []
            for i, data in enumerate(raw):
                result = read_measurements(data, f"p{i}.csv", KPIS)
                assert result.ok, result.texts()[:3]
                batch.append(ProgrammeImport(f"Programma {i:03d}", "overig", result.rows))
            import_many(store, batch, "bench")

        def pandas_import():
            frames = []
            for data in raw:
                frame = pd.read_csv(io.BytesIO(data), sep=";", decimal=",")
                frames.append(frame.groupby(["kpi", "periode"]).sum().reset_index())
            return frames

        t_import, _ = timed(do_import)
        b_import, _ = timed(pandas_import)
        t_report, report_frame = timed(lambda: report.report_frame(store))
        assert len(report_frame) == rows
        t_json, text = timed(lambda: report.report_json(store))
        assert text.count('"programme": ') == rows
        frame = pd.DataFrame(report.report_rows(store))  # plain columns, as before

        def pandas_report():
            return frame.groupby(["programme", "kpi", "period"], sort=True)[
                ["numerator", "denominator", "value"]].sum()

        b_report, _ = timed(pandas_report)
        t_over, over = timed(lambda: report.overview_data(store))
        assert len(over) == programmes * len(CHOSEN)

        def pandas_overview():
            return frame.groupby(["programme", "kpi"], sort=True)["value"].agg(["first", "last", "size"])

        b_over, _ = timed(pandas_overview)
    return {"import": (t_import, b_import), "report": (t_report, b_report),
            "overview": (t_over, b_over), "json": (t_json, b_report)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programmes", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3,
                        help="best of this many runs (other processes only ever add time)")
    args = parser.parse_args()
    raw = files(args.programmes)
    rows = sum(len(f.splitlines()) - 1 for f in raw)
    load = os.getloadavg()
    runs = [one_run(raw, rows, args.programmes) for _ in range(args.runs)]
    print(f"{args.programmes} programmes × {len(CHOSEN)} KPIs × {len(PERIODS)} periods = {rows} "
          f"measurements; best of {args.runs} runs; load average {load[0]:.2f} before, "
          f"{os.getloadavg()[0]:.2f} after")
    for name, ours_what, base_what in STEPS:
        ours = min(r[name][0] for r in runs)
        base = min(r[name][1] for r in runs)
        goal = "" if name == "json" else (
            "   goal met" if ours < 1 and ours <= 3 * base else "   goal NOT met")
        print(f"{name:9s} {ours:7.3f} s   pandas {base:7.3f} s   ratio {ours / base:5.1f}×{goal}")
        print(f"{'':9s} ours: {ours_what}\n{'':9s} pandas: {base_what}")


if __name__ == "__main__":
    main()
