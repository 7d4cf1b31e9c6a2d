"""The projector's slides as HTML: large type for the back row, no controls but a small row
of arrows at the bottom. Every user text goes through html.escape (never Markdown).

Sizes at 1280×720 (checked in tests/browser/test_workshop_room.py): figures 48 px or more,
captions and every other line 24 px or more, and nothing scrolls."""

from __future__ import annotations

import base64
import html

import streamlit as st

from impactkaart.text.catalogue import t
from impactkaart.workshop import qr
from impactkaart.workshop.slides import AttendeeSlide, ClosingSlide

CSS = """<style>
header[data-testid="stHeader"], section[data-testid="stSidebar"],
[data-testid="stSidebarCollapsedControl"], [data-testid="stToolbar"],
[data-testid="stDecoration"] {display: none !important;}
[data-testid="stMainBlockContainer"], .block-container {padding: 12px 28px 0 28px !important;
  max-width: 100% !important;}
.wsr-slide {font-size: 24px; line-height: 1.25; color: #1a1a1a; height: 640px; overflow: hidden;}
.wsr-title {font-size: 44px; font-weight: 700; line-height: 1.1; margin: 0 0 4px 0;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis;}
.wsr-sub {font-size: 26px; color: #444; margin-bottom: 14px;}
.wsr-figs {display: grid; grid-template-columns: 1fr 1fr; gap: 10px 24px; margin-bottom: 16px;}
.wsr-fig .wsr-num {font-size: 56px; font-weight: 700; line-height: 1.1; white-space: nowrap;}
.wsr-pair .wsr-fig .wsr-num {font-size: 48px;}
.wsr-fig .wsr-cap, .wsr-cap {font-size: 24px; color: #333;}
.wsr-chain div {font-size: 24px; padding: 4px 0; border-top: 1px solid #ddd;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis;}
.wsr-row {display: flex; gap: 40px;} .wsr-row > div {flex: 1; min-width: 0;}
.wsr-chip {display: inline-block; font-size: 24px; margin: 0 18px 8px 0; padding: 2px 10px;
  background: #eef3fb; border-radius: 8px;}
.wsr-chip b {font-size: 24px;}
.wsr-h {font-size: 28px; font-weight: 700; margin: 10px 0 6px 0;}
.wsr-big-code {font-size: 120px; font-weight: 800; letter-spacing: .1em; font-family: monospace;
  line-height: 1;}
.wsr-clock {font-size: 72px; font-weight: 700;}
</style>"""


def e(text: object) -> str:
    return html.escape("" if text is None else str(text))


def _figures(slide: AttendeeSlide) -> str:
    return "<div class='wsr-figs'>" + "".join(
        f"<div class='wsr-fig'><div class='wsr-num'>{e(value)}</div>"
        f"<div class='wsr-cap'>{e(caption)}</div></div>" for caption, value in slide.figures) \
        + "</div>"


def _chain(slide: AttendeeSlide, rows: int, lang: str) -> str:
    lines = "".join(f"<div>{e(who)} → {e(what)}: <b>{e(worth)}</b></div>"
                    for who, what, worth in slide.chain[:rows])
    more = slide.more + max(0, len(slide.chain) - rows)
    if more:
        lines += f"<div class='wsr-cap'>{e(t('workshop.beamer.more', lang, n=more))}</div>"
    return f"<div class='wsr-chain'>{lines}</div>"


def _one(slide: AttendeeSlide, lang: str, pair: bool) -> str:
    return (f"<div class='{'wsr-pair' if pair else ''}' data-testid='wsr-attendee'>"
            f"<div class='wsr-title' data-testid='wsr-project'>{e(slide.project)}</div>"
            f"<div class='wsr-sub'>{e(slide.attendee)}</div>"
            f"{_figures(slide)}{_chain(slide, 2 if pair else 3, lang)}</div>")


def attendee(slide: AttendeeSlide, lang: str) -> None:
    st.html(CSS + f"<div class='wsr-slide'>{_one(slide, lang, pair=False)}</div>")


def pair(left: AttendeeSlide, right: AttendeeSlide, lang: str) -> None:
    st.html(CSS + "<div class='wsr-slide'><div class='wsr-row'>"
            f"<div>{_one(left, lang, True)}</div><div>{_one(right, lang, True)}</div></div></div>")


def _list(title: str, rows: list[tuple[str, str]]) -> str:
    items = "".join(f"<div class='wsr-cap'>{e(a)} · <b>{e(b)}</b></div>" for a, b in rows) or "–"
    return f"<div><div class='wsr-h'>{e(title)}</div>{items}</div>"


def closing(slide: ClosingSlide, workshop_name: str, lang: str) -> None:
    with_project = len(slide.factors) <= 12
    chips = "".join(
        f"<span class='wsr-chip'>{e(who)}{(' · ' + e(project)) if with_project else ''} "
        f"<b>{e(factor)}</b></span>" for who, project, factor in slide.factors)
    st.html(CSS + "<div class='wsr-slide' data-testid='wsr-closing'>"
            f"<div class='wsr-title'>{e(workshop_name)}</div>"
            f"<div class='wsr-h'>{e(t('workshop.beamer.factors', lang))}</div>"
            f"<div>{chips}</div><div class='wsr-cap'>{e(slide.seor)}</div>"
            "<div class='wsr-row'>"
            f"{_list(t('workshop.named.stakeholders', lang), slide.stakeholders)}"
            f"{_list(t('workshop.named.sectors', lang), slide.sectors)}"
            f"{_list(t('workshop.beamer.fte', lang), slide.fte)}</div></div>")


def room(workshop, step_name: str, timer: str, page_url: str | None, lang: str) -> None:
    """The room's slide: the join address, a large QR code, the code, the step and its timer
    (``timer``: the HTML of `workshop_room.countdown`, the attendees' timer too)."""
    address = qr.join_address(page_url, workshop.join_code)
    png = base64.b64encode(qr.qr_png(address, scale=10)).decode()
    st.html(CSS + "<div class='wsr-slide'><div class='wsr-title'>" + e(workshop.name) + "</div>"
            "<div class='wsr-row'><div style='flex:0 0 460px'>"
            f"<img data-testid='wsr-qr' alt='QR' src='data:image/png;base64,{png}' "
            "style='width:440px;height:440px;image-rendering:pixelated'></div><div>"
            f"<div class='wsr-cap'>{e(t('workshop.room.go_to', lang))}</div>"
            f"<div class='wsr-h' style='font-size:36px'>"
            f"{e(qr.short_address(qr.base_address(page_url)))}/{qr.JOIN_PAGE}</div>"
            f"<div class='wsr-cap'>{e(t('workshop.room.code', lang))}</div>"
            f"<div class='wsr-big-code' data-testid='wsr-code'>{e(workshop.join_code)}</div>"
            f"<div class='wsr-h'>{e(step_name)}</div>"
            f"{timer}"
            "</div></div></div>")
