"""Presentatiemodus: one message per view, big type, arrow keys to move on.

For a projector (1280×720 and 1920×1080): the app's sidebar and toolbar are
hidden, type scales with the window, and every view fits without scrolling.
Works on any saved project and on all projects together (the portfolio).
The words come from `impactkaart.text.presentation`; the page only draws them.
"""

from __future__ import annotations

from html import escape

import altair as alt
import streamlit as st

from impactkaart.charts import impact
from impactkaart.core.engine import compute
from impactkaart.io.project_file import parse_project_json, project_json
from impactkaart.text.briefing import briefing, evidence
from impactkaart.text.catalogue import t
from impactkaart.text.presentation import Slide, portfolio_slides, project_slides
from impactkaart.text.summary import illustrative_reasons
from views.components import pages
from views.components.page import open_page
from views.components.portfolio_data import load_portfolio
from views.components.session import PROJECT_KEY, page_key

SLIDE_KEY = "presentatie_dia"
SOURCE_KEY = "presentatie_bron"
PORTFOLIO = -1  # the source value meaning "all projects"
CHART_HEIGHT = 330  # px: fits between the title and the controls at 1280×720
PROJECTOR_TEXT = 20  # px: the value labels on the bars, as big as the axis labels

# Type sizes follow the window (vw/vh), so one slide reads on 1280×720 and 1920×1080.
STYLE = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stHeader"], [data-testid="stToolbar"] { display: none !important; }
[data-testid="stMainBlockContainer"] { padding: 2.2vh 4vw 80px 4vw !important; max-width: 100% !important; }
/* The controls stay at the bottom of the screen, so a slide never moves them. */
.st-key-dia_bediening { position: fixed; left: 4vw; width: 92vw !important; bottom: 12px; z-index: 100;
                        background: #fff; padding-top: 6px; }
.kicker { font-size: clamp(13px, 2.1vh, 24px); color: #555; margin: 0; }
.slide-title { font-size: clamp(26px, min(4.2vw, 7.4vh), 84px); font-weight: 700; line-height: 1.12;
               color: #0072B2; margin: 0.4vh 0 1.2vh 0; }
.slide-sub { font-size: clamp(16px, min(2.2vw, 3.9vh), 42px); margin: 0 0 1.5vh 0; color: #222; }
.slide-item { font-size: clamp(16px, min(2.4vw, 4.2vh), 46px); margin: 0.6vh 0; line-height: 1.25; }
.slide-item.small { font-size: clamp(13px, min(1.5vw, 2.8vh), 30px); }
.slide-item.quote { font-style: italic; }
.slide-note { font-size: clamp(11px, 1.8vh, 22px); color: #555; margin-top: 1.2vh; }
.bar-row { display: flex; align-items: center; gap: 1.2vw; margin: 1.6vh 0;
           font-size: clamp(16px, min(2.3vw, 4vh), 44px); }
.bar-row .label { width: 30vw; }
.bar-row .fill { height: 5.5vh; border-radius: 3px; }
.bar-row .value { font-weight: 700; }
.hint { color: #777; font-size: 13px; margin: 0; }
.badge { background: #E69F00; color: #fff; font-weight: 700; padding: 0 0.5em; margin-left: 0.6em; }
</style>"""


def _move(step: int, count: int) -> None:
    st.session_state[SLIDE_KEY] = min(max(st.session_state.get(SLIDE_KEY, 0) + step, 0), count - 1)


def _restart() -> None:
    st.session_state[SLIDE_KEY] = 0


def _bars(slide: Slide) -> str:
    top = max((b.value for b in slide.bars), default=1.0) or 1.0
    rows = []
    for bar in slide.bars:
        width = max(50 * max(bar.value, 0.0) / top, 0.5)  # in vw
        colour = "#0072B2" if bar.highlight else "#666"
        rows.append(
            f'<div class="bar-row"><span class="label">{escape(bar.label)}</span>'
            f'<span class="fill" style="width:{width:.1f}vw;background:{colour}"></span>'
            f'<span class="value">{escape(bar.text)}</span></div>'
        )
    return "".join(rows)


def _bigger_text(spec, size: int):
    """Every text mark of a Vega-Lite spec at ``size`` px (the value labels on the bars)."""
    if isinstance(spec, dict):
        mark = spec.get("mark")
        if mark == "text" or (isinstance(mark, dict) and mark.get("type") == "text"):
            spec["mark"] = {**(mark if isinstance(mark, dict) else {"type": "text"}), "fontSize": size}
        for value in spec.values():
            _bigger_text(value, size)
    elif isinstance(spec, list):
        for value in spec:
            _bigger_text(value, size)
    return spec


def _projector_chart(result) -> dict:
    """The app's 'wie investeert' chart without its own title (the slide has one), big type:
    axis, legend and the value labels on the bars read from the back of the room."""
    chart = impact.who_invests_chart(impact.who_invests_data(result, lang=lang), lang=lang).copy()
    chart.title = alt.Undefined
    chart.height = CHART_HEIGHT
    chart = chart.configure_axis(labelFontSize=19, titleFontSize=17, grid=False).configure_legend(
        labelFontSize=19, symbolSize=220, orient="top", title=None)
    spec = _bigger_text(chart.to_dict(), PROJECTOR_TEXT)
    spec["padding"] = {"left": 4, "top": 4, "bottom": 4, "right": 130}  # the last label's room
    return spec


@st.cache_data(max_entries=16, show_spinner=False)
def _evidence(project_text: str, lang: str):
    """Interval and drivers of one saved project (Monte Carlo: made once per project)."""
    project = parse_project_json(project_text)
    return evidence(project, compute(project), lang)


def _draw(slide: Slide, kicker: str, result, illustrative: bool) -> None:
    badge = f'<span class="badge">{escape(t("show.present.badge", lang))}</span>' if illustrative else ""
    top = (f'<p class="kicker">{escape(kicker)}{badge}</p>'
           f'<div class="slide-title">{escape(slide.title)}</div>')
    if slide.subtitle:
        top += f'<p class="slide-sub">{escape(slide.subtitle)}</p>'
    st.html(top)
    if slide.bars:
        st.html(_bars(slide))
    if slide.key == "partijen" and len(result.by_party):
        st.vega_lite_chart(_projector_chart(result), key="presentatie_grafiek", theme=None)
    if slide.items:
        # The portfolio's last view lists several facts; a project's is one message.
        small = slide.key == "aannames" and len(slide.items) > 2
        kind = {"kwalitatief": "slide-item quote",
                "aannames": "slide-item small" if small else "slide-item"}.get(slide.key, "slide-item")
        st.html("".join(f'<p class="{kind}">{escape(item)}</p>' for item in slide.items))
    if slide.note:
        st.html(f'<p class="slide-note">{escape(slide.note)}</p>')


st.html(STYLE)
# No title and no picker: the slide is the page; the source is chosen in the controls below.
page = open_page(None, needs_project=False)
lang, store = page.lang, page.store
listed = store.list_projects()
if listed.empty:
    st.info(t("show.present.no_projects", lang))
    st.stop()
ids = [int(i) for i in listed["id"]]
names = dict(zip(ids, listed["name"]))
if st.session_state.get(SOURCE_KEY) not in [PORTFOLIO, *ids]:
    current = st.session_state.get(PROJECT_KEY)
    st.session_state[SOURCE_KEY] = current if current in ids else ids[0]

source = st.session_state[SOURCE_KEY]
if source == PORTFOLIO:
    view = load_portfolio()
    slides = portfolio_slides(view, lang)
    result = view.as_result(t("show.present.all", lang))
    kicker = t("show.present.all_n", lang, n=len(ids))
    illustrative = any(illustrative_reasons(p) for p in view.projects)
else:
    project = store.load_project(source)
    result = compute(project)
    slides = project_slides(briefing(project, result, lang), result, lang,
                            _evidence(project_json(project), lang))
    kicker = project.name
    illustrative = bool(illustrative_reasons(project))

index = min(max(st.session_state.get(SLIDE_KEY, 0), 0), len(slides) - 1)
_draw(slides[index], f"{kicker} · {index + 1}/{len(slides)}", result, illustrative)

with st.container(key="dia_bediening"):
    controls = st.columns([1.1, 1.1, 1.8, 4, 1], vertical_alignment="center")
    controls[0].button(t("show.present.previous", lang), icon=":material/arrow_back:", shortcut="Left", key="dia_vorige",
                       on_click=_move, args=(-1, len(slides)), disabled=index == 0)
    controls[1].button(t("show.present.next", lang), icon=":material/arrow_forward:", shortcut="Right",
                       key="dia_volgende", on_click=_move, args=(1, len(slides)),
                       disabled=index == len(slides) - 1, type="primary")
    controls[2].html(f'<p class="hint">{escape(t("show.present.hint", lang))}</p>')
    controls[3].selectbox(
        t("show.present.source", lang), [PORTFOLIO, *ids], key=page_key(SOURCE_KEY), on_change=_restart,
        format_func=lambda i: t("show.present.all_option", lang) if i == PORTFOLIO else names[i],
        label_visibility="collapsed",
    )
    if controls[4].button(t("show.present.close", lang), icon=":material/close:", key="dia_sluiten"):
        pages.go("views/project/impactkaart.py")
