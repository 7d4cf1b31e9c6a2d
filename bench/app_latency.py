"""How fast the Impactkaart feels: cold start and slider-to-updated-chart, in a real browser.

Starts `streamlit run app.py` on a free port with a fresh DuckDB file, drives
Debian's chromium with Playwright and prints:

- server start: process start until /_stcore/health answers;
- cold start: first page load until the demo Impactkaart is drawn (headline
  metric and all four Vega charts with marks), on a fresh server and database;
- slider: pressing an arrow key on the discount-rate slider until the
  "wie investeert" chart is redrawn with new amounts (median and p95 over
  --changes changes, alternating direction), with where the time goes: until
  the script starts, the script run, and until the whole page is idle;
- the browser's side of a move: main-thread time per move (Chrome's own
  TaskDuration and ScriptDuration, read over the DevTools protocol) and React
  commits per move with the components each commit rendered again (counted by a
  stand-in for the React DevTools hook, which React calls after every commit).
  Streamlit's frontend renders nearly the whole page again on each commit, so this
  grows with the page's size, not with what a move changes.

The machine's load matters (2 cores here): run it on an otherwise idle machine.
With --baseline it also measures a minimal Streamlit page (one slider, one
metric, four small bar charts updated the same way) on the same machine, as the
floor that Streamlit and the browser set, and prints the ratio.

Goals (issue 4): cold start under 5 s, slider p95 under 300 ms.

    .venv/bin/python bench/app_latency.py [--changes 30]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, IDLE, AppServer  # noqa: E402

BASELINE_APP = """
import streamlit as st

x = st.sidebar.slider("x", 0, 40, 9)
st.metric("x", x)
for i in range(4):
    rows = [{"party": p, "amount": x * (j + 1) * 1000} for j, p in enumerate("abcdef")]
    st.vega_lite_chart(
        {"data": {"name": "rows"}, "datasets": {"rows": rows}, "mark": "bar", "height": 300,
         "encoding": {"y": {"field": "party", "type": "nominal"},
                      "x": {"field": "amount", "type": "quantitative"}}},
        key=f"chart{i}",
    )
"""


class BaselineServer(AppServer):
    """`streamlit run` on the minimal page above instead of app.py."""

    def __init__(self, directory: Path):
        super().__init__(directory / "unused.duckdb")
        self.script = directory / "baseline.py"
        self.script.write_text(BASELINE_APP, encoding="utf-8")

    def start(self, timeout: float = 60) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(self.script), "--server.port",
             str(self.port), "--server.address", "127.0.0.1", "--server.headless", "true",
             "--browser.gatherUsageStats", "false"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2):
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("the baseline app did not start")

CHARTS = "[data-testid=stVegaLiteChart]"
RENDERED = """() => {
  const charts = document.querySelectorAll('[data-testid=stVegaLiteChart]');
  // four charts with marks and a metric: the Impactkaart (or the baseline) is drawn
  return charts.length >= 4 && [...charts].every(c => c.querySelector('svg .mark-rect path, svg .mark-rule line'))
    && document.querySelector('[data-testid=stMetric]') !== null;
}"""
# The "wie investeert" chart shows new amounts and the script run has finished. (The
# headline has two decimals, so a 0,25 % step of the discount rate may leave it as it was.)
CHANGED = """(before) => {
  const idle = document.querySelector('[data-testid=stApp][data-test-script-state=notRunning]');
  const chart = document.querySelector('[data-testid=stVegaLiteChart] svg');
  return idle !== null && chart !== null && chart.innerHTML !== before;
}"""
SNAPSHOT = "() => document.querySelector('[data-testid=stVegaLiteChart] svg').innerHTML"
# Timestamps in the page (performance.now) of the key press, the script run starting
# and ending, and the last change inside the first chart: where the time goes.
PROBE = """() => {
  const log = window.__probe = {key: 0, running: 0, idle: 0, chart: 0};
  document.addEventListener('keydown', () => {
    Object.assign(log, {key: performance.now(), running: 0, idle: 0, chart: 0});
  }, true);
  const app = document.querySelector('[data-testid=stApp]');
  new MutationObserver(() => {
    const state = app.getAttribute('data-test-script-state');
    if (state === 'running' && !log.running) log.running = performance.now();
    if (state === 'notRunning' && log.running) log.idle = performance.now();
  }).observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
  new MutationObserver(() => { log.chart = performance.now(); })
    .observe(document.querySelector('[data-testid=stVegaLiteChart]'),
             {subtree: true, childList: true, characterData: true, attributes: true});
}"""


# React calls this hook (if present when it loads) after every commit: count the commits,
# and, once `walk` is set (after the timed moves: the walk itself takes time), the
# components each commit rendered again (a component whose props object is new).
REACT_HOOK = """
window.__commits = {count: 0, rendered: 0, walked: 0, walk: false};
(() => {
  const rendered = (fiber) => {
    let n = 0; const stack = [fiber];
    while (stack.length) {
      let f = stack.pop();
      while (f) {
        if (f.alternate && f.memoizedProps !== f.alternate.memoizedProps && typeof f.type !== 'string') n++;
        if (f.child) stack.push(f.child);
        f = f.sibling;
      }
    }
    return n;
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    renderers: new Map(), supportsFiber: true, isDisabled: false, checkDCE() {},
    inject(r) { this.renderers.set(this.renderers.size + 1, r); return this.renderers.size; },
    onScheduleFiberRoot() {}, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
    onCommitFiberRoot(id, root) {
      window.__commits.count += 1;
      if (window.__commits.walk) {
        window.__commits.walked += 1;
        window.__commits.rendered += rendered(root.current.child);
      }
    },
  };
})();
"""


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def measure(browser, server: AppServer, changes: int) -> tuple[float, list[float], list[tuple], dict]:
    """Cold load of the page, then `changes` slider moves: (cold s, ms until idle, phases,
    the browser's work per move)."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="nl-NL")
    page.add_init_script(REACT_HOOK)
    t0 = time.perf_counter()
    page.goto(server.url)
    page.wait_for_function(RENDERED, timeout=60_000, polling="raf")
    cold = time.perf_counter() - t0
    page.wait_for_selector(IDLE)
    thumb = page.locator("[data-testid=stSidebar] [data-testid=stSlider] input[type=range]").first
    thumb.focus()
    page.evaluate(PROBE)
    devtools = page.context.new_cdp_session(page)
    devtools.send("Performance.enable")

    def browser_work() -> dict:
        metrics = {m["name"]: m["value"] for m in devtools.send("Performance.getMetrics")["metrics"]}
        commits = page.evaluate("() => window.__commits")
        return {"task": metrics["TaskDuration"], "script": metrics["ScriptDuration"],
                "commits": commits["count"]}

    def move(key: str) -> float:
        """One arrow key on the slider; ms until the chart shows new amounts."""
        before = page.evaluate(SNAPSHOT)
        start = time.perf_counter()
        thumb.press(key)
        page.wait_for_function(CHANGED, arg=before, timeout=30_000, polling="raf")
        elapsed = (time.perf_counter() - start) * 1000
        page.wait_for_timeout(50)  # let the last chart mutation land
        return elapsed

    work_before = browser_work()
    times, phases = [], []
    for i in range(changes):
        # 10 steps up, 10 down, …: new values most of the time, as a user would.
        times.append(move("ArrowRight" if (i // 10) % 2 == 0 else "ArrowLeft"))
        probe = page.evaluate("() => window.__probe")
        phases.append(
            (probe["running"] - probe["key"], probe["idle"] - probe["running"],
             probe["chart"] - probe["key"])
        )
    work = {k: (v - work_before[k]) / changes for k, v in browser_work().items()}
    page.evaluate("() => { window.__commits.walk = true; }")
    for key in ("ArrowRight", "ArrowLeft", "ArrowRight"):  # untimed: components per commit
        move(key)
    walked = page.evaluate("() => window.__commits")
    work["rendered"] = walked["rendered"] / max(walked["walked"], 1)
    page.close()
    return cold, times, phases, work


def report(title: str, times: list[float], phases: list[tuple], work: dict) -> list[float]:
    to_script, script, to_chart = (list(v) for v in zip(*phases))
    print(f"{title}, {len(times)} changes (key press → chart redrawn, browser clock):")
    print(
        f"  median {statistics.median(to_chart):5.0f} ms, p95 {percentile(to_chart, 0.95):5.0f} ms, "
        f"max {max(to_chart):5.0f} ms"
    )
    for name, values in (
        ("key → script starts", to_script),
        ("script run (server)", script),
        ("key → whole page idle", times),
    ):
        print(
            f"  {name:22s} median {statistics.median(values):5.0f} ms, "
            f"p95 {percentile(values, 0.95):5.0f} ms"
        )
    print(
        f"  browser per move       main thread {work['task'] * 1000:5.0f} ms "
        f"(JavaScript {work['script'] * 1000:.0f} ms), {work['commits']:.1f} React commits "
        f"rendering {work['rendered']:.0f} components each"
    )
    return to_chart


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=30, help="slider changes (at least 20)")
    parser.add_argument("--baseline", action="store_true", help="also measure a minimal page")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        server = AppServer(Path(tmp) / "impactkaart.duckdb")
        t0 = time.perf_counter()
        server.start()
        server_start = time.perf_counter() - t0
        try:
            cold, times, phases, work = measure(browser, server, args.changes)
        finally:
            server.stop()
        print(f"server start (process → health):       {server_start:6.2f} s")
        print(f"cold start (page load → Impactkaart):  {cold:6.2f} s   goal < 5 s")
        ours = report("Impactkaart: slider → updated chart (goal p95 < 300 ms)", times, phases, work)
        if args.baseline:
            base_server = BaselineServer(Path(tmp))
            base_server.start()
            try:
                _, base_times, base_phases, base_work = measure(browser, base_server, args.changes)
            finally:
                base_server.stop()
            base = report("Baseline (minimal page, 4 charts): slider → updated chart",
                          base_times, base_phases, base_work)
            print(
                f"Impactkaart ÷ baseline: median {statistics.median(ours) / statistics.median(base):.1f}×, "
                f"p95 {percentile(ours, 0.95) / percentile(base, 0.95):.1f}×"
            )
        browser.close()


if __name__ == "__main__":
    main()
