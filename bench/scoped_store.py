"""What a store scoped to one organisation (issue 21) costs against the unscoped store.

Two DuckDB files: one without organisations holding N projects, one with organisations A
and B holding N each, read and written through A's scoped store. Prints per operation the
time of each and the ratio scoped / unscoped, measured in the same run.

    python bench/scoped_store.py [N]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from impactkaart.accounts import members  # noqa: E402
from impactkaart.accounts.scope import Scope  # noqa: E402
from impactkaart.authoring.demo import demo_projects  # noqa: E402
from impactkaart.store.projects import Store  # noqa: E402


def best(work, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main(n: int = 30) -> None:
    projects = demo_projects()
    with tempfile.TemporaryDirectory() as folder:
        plain = Store(Path(folder) / "plain.duckdb")
        shared = Store(Path(folder) / "shared.duckdb")
        a = members.create_organisation(shared, "A")
        b = members.create_organisation(shared, "B")
        scoped = shared.scoped(Scope(a, "a@a.nl", "bewerker"))
        other = shared.scoped(Scope(b, "b@b.nl", "bewerker"))
        for i in range(n):
            plain.save_project(projects[i % len(projects)])
            scoped.save_project(projects[i % len(projects)])
            other.save_project(projects[i % len(projects)])
        first_plain, first_scoped = int(plain.list_projects()["id"][0]), int(scoped.list_projects()["id"][0])
        operations = {
            "load_all": (plain.load_all, scoped.load_all),
            "list_projects": (plain.list_projects, scoped.list_projects),
            "load_project": (lambda: plain.load_project(first_plain),
                             lambda: scoped.load_project(first_scoped)),
            "save_project (update)": (lambda: plain.save_project(projects[1], first_plain),
                                      lambda: scoped.save_project(projects[1], first_scoped)),
            "scoped() itself": (lambda: None, lambda: shared.scoped(Scope(a, "x", "lezer"))),
        }
        print(f"{'operation':24} {'unscoped':>10} {'scoped':>10} {'ratio':>6}")
        for name, (without, within) in operations.items():
            t0, t1 = best(without, 15), best(within, 15)
            ratio = f"{t1 / t0:6.2f}" if t0 > 1e-5 else "     -"
            print(f"{name:24} {t0 * 1000:8.2f}ms {t1 * 1000:8.2f}ms {ratio}")
        plain.close()
        shared.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
