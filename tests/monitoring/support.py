"""Files and helpers the monitoring tests share."""

from __future__ import annotations

from impactkaart.store.projects import Store

GOOD_CSV = ("kpi;periode;teller;noemer;waarde\n"
            "ouderen_eenzaam;2025-Q1;12;40;\n"
            "ouderen_eenzaam;2025-Q2;9;42;\n"
            "ouderen_bereik;2025-Q1;;;120\n"
            "mw_zrm_gemiddeld;2025;;;3,4\n")


def tables_of(path) -> dict:
    """Every monitoring table's rows, to show a store unchanged."""
    with Store(path) as store:
        cur = store.cursor()
        out = {}
        for table in ("kpi_programmes", "kpi_choices", "kpi_measurements", "kpi_history",
                      "kpi_benchmarks", "kpi_own"):
            out[table] = sorted(map(repr, cur.execute(f"SELECT * FROM {table}").fetchall()))
        cur.close()
    return out
