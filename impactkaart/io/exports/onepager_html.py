"""The one-pager as a single HTML file that opens without a server, and each chart as PNG/SVG.

Same story as the PDF (`impactkaart.text.briefing`), with the charts inlined as SVG
(vl-convert, offline) and every source as a link. All user text is escaped.
Printing it from a browser gives an A4 page.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date
from html import escape

from impactkaart.core.engine import ProjectResult, compute
from impactkaart.core.model import Project
from impactkaart.core.reference import Reference, default_reference
from impactkaart.io.exports.chart_files import to_png, to_svg
from impactkaart.io.exports.print_charts import DOWNLOAD_PLOT_PX, print_charts, sized_spec
from impactkaart.text.briefing import (
    Briefing,
    Evidence,
    briefing,
    evidence,
    made_line,
    plain_assumptions,
)
from impactkaart.text.catalogue import t
from impactkaart.versions.export import comments_html

# Width and plot height in px; the height a chart's title, legend and axes need comes on
# top (`sized_spec`: a chart is never squeezed into a fixed height). The grouped bars of
# "wie investeert" have a height per party of their own.
CHART_SIZE = {"wie-investeert-wie-profiteert": (900, 0)}  # px; the others below
DEFAULT_SIZE = (440, DOWNLOAD_PLOT_PX)

STYLE = """
@page { size: A4; margin: 12mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Source Sans Pro", Arial, sans-serif; color: #222;
       max-width: 960px; margin: 0 auto; padding: 16px; line-height: 1.35; }
.badge { display: inline-block; background: #E69F00; color: #fff; font-weight: bold;
         font-size: 12px; padding: 2px 8px; }
h1 { font-size: 26px; margin: 6px 0 2px; }
.subtitle { color: #555; font-size: 13px; margin: 0 0 12px; }
.band { background: #EBF3FA; padding: 14px 18px; display: flex; gap: 24px; align-items: center; }
.band .text { flex: 1; }
.headline { color: #0072B2; font-size: 30px; font-weight: bold; margin: 0 0 6px; }
.comparison { font-size: 15px; margin: 0; }
.source { font-size: 12px; color: #555; margin: 4px 0 0; }
.bars { width: 230px; font-size: 12px; }
.bar { display: flex; align-items: center; gap: 6px; margin: 6px 0; }
.bar span.label { width: 80px; }
.bar span.fill { height: 14px; display: inline-block; }
.figures { display: grid; grid-template-columns: repeat(5, 1fr); gap: 8px; margin: 12px 0; }
.figure { border: 1px solid #ccc; padding: 6px 10px; }
.figure .label { font-size: 12px; color: #555; }
.figure .value { font-size: 19px; font-weight: bold; }
.fte { font-weight: bold; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
.charts figure { margin: 0; }
.charts svg { max-width: 100%; height: auto; }
h2 { font-size: 16px; margin: 14px 0 4px; }
ul.qualitative { margin: 0; padding-left: 18px; }
.small { font-size: 12px; color: #333; border-top: 1px solid #bbb; margin-top: 12px; }
.small p { margin: 4px 0; }
.illustrative { color: #965A00; }
table.expost { border-collapse: collapse; font-size: 14px; }
table.expost td, table.expost th { padding: 2px 14px 2px 0; text-align: left; }
@media print { body { padding: 0; } .headline { font-size: 24px; } }
"""


def _e(text: str) -> str:
    return escape(text, quote=True)


def _charts_html(project: Project, result: ProjectResult, lang: str) -> str:
    parts = []
    for name, chart in print_charts(project, result, lang).items():
        width, height = CHART_SIZE.get(name, DEFAULT_SIZE)
        svg = to_svg(sized_spec(chart, width, height))
        parts.append(f'<figure aria-label="{_e(t(f"export.chart.{name}", lang))}">{svg}</figure>')
    return '<div class="charts">' + "".join(parts) + "</div>"


def _bars(b: Briefing, factor: float | None, lang: str) -> str:
    if factor is None:
        return ""
    top = max(factor, b.benchmark.value, 0.0) or 1.0
    rows = [(t("export.this_project", lang), factor, b.factor_text, "#0072B2"),
            (t("onepager.context_bar", lang), b.benchmark.value, b.benchmark_value_text, "#555")]
    html = []
    for label, value, text, colour in rows:
        width = max(120 * max(value, 0.0) / top, 2)
        html.append(
            f'<div class="bar"><span class="label">{_e(label)}</span>'
            f'<span class="fill" style="width:{width:.0f}px;background:{colour}"></span>'
            f"<b>{_e(text)}</b></div>"
        )
    return '<div class="bars">' + "".join(html) + "</div>"


def _expost(ev: Evidence, lang: str) -> str:
    if not ev.expost:
        return ""
    rows = "".join(f"<tr><td>{_e(x.label)}</td><td>{_e(x.expected)}</td><td><b>{_e(x.measured)}</b>"
                   "</td></tr>" for x in ev.expost)
    return (f'<h2>{_e(t("onepager.expost_title", lang))}</h2><table class="expost"><tr><th></th>'
            f'<th>{_e(t("onepager.expected", lang))}</th><th>{_e(t("onepager.measured", lang))}'
            f'</th></tr>{rows}</table><p class="source">{_e(ev.expost_note)}</p>')


def _drivers(ev: Evidence, lang: str) -> str:
    items = "".join(f"<li>{_e(d.sentence)}</li>" for d in ev.drivers)
    title = f'<h2>{_e(t("onepager.drivers_title", lang))}</h2><ul>{items}</ul>' if items else ""
    return f'{title}<p class="source">{_e(t("onepager.more", lang))}</p>'


def onepager_html(
    project: Project, result: ProjectResult | None = None, lang: str = "nl",
    reference: Reference | None = None, organisation: str = "", author: str = "",
    made_on: date | None = None, comments: tuple = (),
) -> str:
    """The one-pager as one self-contained HTML document (no scripts, no external files);
    ``organisation``, ``author``, ``made_on`` (default today) and ``comments`` as on the PDF."""
    reference = reference or default_reference()
    result = result or compute(project, reference)
    b = briefing(project, result, lang, reference)
    ev = evidence(project, result, lang, reference)
    made = made_line(made_on or date.today(), organisation, author, lang)
    defaults = f'<p class="source">{_e(ev.defaults_note)}</p>' if ev.defaults_note else ""
    badge = (f'<div class="badge">{_e(t("export.illustrative_badge", lang))}</div>'
             if b.illustrative else "")
    figures = "".join(
        f'<div class="figure"><div class="label">{_e(f.label)}</div>'
        f'<div class="value">{_e(f.value)}</div></div>'
        for f in b.figures
    )
    qualitative = "".join(
        f"<li>{'▲' if q.direction == '+' else '▼'} “{_e(q.outcome)}” – {_e(q.party)} "
        f"({_e(q.direction_text)}, {_e(q.strength_text)})</li>"
        for q in b.qualitative
    ) or f"<li>{_e(t('export.no_qualitative', lang))}</li>"
    sources = []
    for source, uses in b.citations:
        title = _e(source.citation_in(lang))
        if source.url:
            title = f'<a href="{_e(source.url)}">{title}</a>'
        mark = (f' <b class="illustrative">{_e(t("export.illustrative_mark", lang))}</b>'
                if source.illustratief else "")
        used = ", ".join(f"{_e(u.what)} ({_e(u.value)})" for u in uses)
        sources.append(f"<li>{title}{mark} – {_e(t('export.used_for_html', lang))} {used}</li>")
    illustrative = (
        f'<p class="illustrative"><b>{_e(t("export.illustrative", lang))}</b> '
        f'{_e("; ".join(b.illustrative))}.</p>'
        if b.illustrative else ""
    )
    assumptions = "".join(f"<li>{_e(line)}</li>"
                          for line in plain_assumptions(project, result, lang))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(b.name)} – Impactkaart</title>
<style>{STYLE}</style>
</head>
<body>
{badge}
<h1>{_e(b.name)}</h1>
<p class="subtitle">{_e(b.subtitle)}<br>{_e(made)}</p>
<section class="band">
  <div class="text">
    <p class="headline">{_e(b.headline)}</p>
    <p class="comparison">{_e(ev.interval)}</p>
    {defaults}
    <p class="source">{_e(t("onepager.context", lang, benchmark=b.benchmark_text))}</p>
  </div>
  {_bars(b, result.rendementsfactor, lang)}
</section>
<section class="figures">{figures}</section>
<p class="fte">{_e(b.fte_sentence)}</p>
{_expost(ev, lang)}
{_charts_html(project, result, lang)}
<h2>{escape(t('export.qualitative', lang), quote=False)}</h2>
<ul class="qualitative">{qualitative}</ul>
{_drivers(ev, lang)}
<section class="small">
  <h2>{_e(t('onepager.appendix_title', lang))}</h2>
  <p>{_e(t('onepager.appendix_intro', lang))}</p>
  <ul>{assumptions}</ul>
  <p><b>{_e(t('export.discounting', lang))}</b> {_e(b.convention)}</p>
  {illustrative}
  <p><b>{_e(t('export.sources_html', lang))}</b></p>
  <ol>{"".join(sources)}</ol>
  <p>{_e(t('export.made_with_html', lang))}</p>
</section>
{comments_html(comments, lang)}
</body>
</html>
"""


def chart_files(project: Project, result: ProjectResult | None = None, lang: str = "nl") -> dict[str, bytes]:
    """PNG and SVG of every one-pager chart: {'baten-per-jaar.png': …, 'baten-per-jaar.svg': …},
    named in ``lang`` ('benefits-per-year.png' in English)."""
    result = result or compute(project)
    files: dict[str, bytes] = {}
    for name, chart in print_charts(project, result, lang).items():
        width, height = CHART_SIZE.get(name, (720, 360))
        spec = sized_spec(chart, width, height)
        stem = t(f"export.chart.{name}", lang)
        files[f"{stem}.png"] = to_png(spec)
        files[f"{stem}.svg"] = to_svg(spec).encode("utf-8")
    return files


def chart_zip(project: Project, result: ProjectResult | None = None, lang: str = "nl") -> bytes:
    """The chart files in one zip, for a single download button."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in chart_files(project, result, lang).items():
            archive.writestr(name, data)
    return buffer.getvalue()
