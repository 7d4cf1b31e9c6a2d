"""No chart loses a label: every builder rendered with many long names and small ranges.

Each builder of `tests.charts.crowded` is rendered by vl-convert into a Vega scenegraph
(the drawn marks with their positions), at the width of a chart in a column of the app
or on a phone (340 px), under the theme Streamlit lays beneath it, in Dutch and English.
The text marks of that scenegraph are then read as a person reads the chart:

- every category (the nominal field on an axis) has its name drawn: not hidden by
  Vega's overlap rule (opacity 0), not cut by a label limit, and two categories never
  read the same;
- no two tick labels of one axis are equal ("0,0 0,0 0,1" on a small range);
- legend names are whole and inside the chart (not "Ontvangt (b");
- value labels stay clear of reference lines and inside the chart's edges.

Widths are measured with DejaVu Sans, the font vl-convert draws with here (the first
of the charts' fonts it has); without it only the checks that need no width run.
"""

from __future__ import annotations

import functools
import inspect
import json
import re
from pathlib import Path

import pytest
import vl_convert as vlc
from PIL import ImageFont

from tests.charts.crowded import BUILDERS, MODULES, STREAMLIT_THEME

WIDTH = 340  # px: a chart in a two-column row of the app, or on a phone
LANGS = ("nl", "en")
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
             Path("/usr/share/fonts/TTF")]
NUMBER = re.compile(r"^[€$]?[\s\u00a0]?[−-]?[\d.,\s\u00a0]*\d[×%]?$")


def _font_file(bold: bool) -> Path | None:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return next((d / name for d in FONT_DIRS if (d / name).exists()), None)


HAS_FONT = _font_file(False) is not None and _font_file(True) is not None


@functools.cache
def _font(size: float, bold: bool) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(_font_file(bold)), size)


def text_width(item: dict) -> float:
    """The widest line of a text item, in px, as vl-convert draws it."""
    bold = str(item.get("fontWeight", "normal")) in ("bold", "700", "800", "900")
    font = _font(float(item.get("fontSize", 11)), bold)
    return max((font.getlength(line) for line in lines(item)), default=0.0)


def lines(item: dict) -> list[str]:
    text = item.get("text", "")
    return [str(x) for x in text] if isinstance(text, list) else [str(text)]


def joined(item: dict) -> str:
    return " ".join(lines(item))


@functools.cache
def scene(name: str, lang: str) -> dict:
    spec = BUILDERS[name](lang)
    spec["width"] = WIDTH
    spec.pop("usermeta", None)
    return vlc.vegalite_to_scenegraph(spec, config=STREAMLIT_THEME)


@functools.cache
def spec_of(name: str, lang: str) -> str:
    return json.dumps(BUILDERS[name](lang))


def marks(node: dict, x: float = 0.0, y: float = 0.0, path: tuple = ()):
    """(mark, item, x, y, roles of the enclosing marks) of every item, in canvas px."""
    for item in node.get("items", []):
        yield node, item, x, y, path
        if node.get("marktype") == "group":
            for child in item.get("items", []):
                yield from marks(child, x + item.get("x", 0), y + item.get("y", 0),
                                 (*path, node.get("role")))


def texts(name: str, lang: str, role: str) -> list[tuple[dict, float, float, tuple]]:
    sg = scene(name, lang)
    ox, oy = sg["origin"]
    return [(item, x + ox, y + oy, path) for mark, item, x, y, path in marks(sg["scenegraph"])
            if mark.get("marktype") == "text" and mark.get("role") == role]


def box(item: dict, x: float, y: float) -> tuple[float, float, float, float]:
    """The text's bounding box (left, top, right, bottom) in canvas px."""
    size = float(item.get("fontSize", 11))
    width = text_width(item)
    if item.get("limit"):  # Vega draws at most `limit` px ("…" in place of the rest)
        width = min(width, float(item["limit"]))
    height = size * 1.2 * len(lines(item))
    left = x + item.get("x", 0) + item.get("dx", 0)
    top = y + item.get("y", 0) + item.get("dy", 0)
    left -= {"center": width / 2, "right": width}.get(item.get("align", "left"), 0)
    top -= {"middle": height / 2, "bottom": height, "alphabetic": size * 0.8,
            "line-bottom": height}.get(item.get("baseline", "alphabetic"), 0)
    return left, top, left + width, top + height


def visible(item: dict) -> bool:
    return item.get("opacity", 1) != 0 and item.get("fillOpacity", 1) != 0


def cut(item: dict) -> bool:
    """Shortened by Vega to fit its limit (it then draws '…' in place of the rest)."""
    limit = item.get("limit") or 0
    return bool(limit) and text_width(item) > limit + 0.5


CASES = [(name, lang) for name in BUILDERS for lang in LANGS]


def _categories(name: str, lang: str) -> list[str]:
    """The names on a category axis: labels of the axis that are not numbers."""
    return [joined(item) for item, _, _, path in texts(name, lang, "axis-label")
            if not NUMBER.match(joined(item).strip())]


def test_every_builder_is_rendered_here():
    """A new ``*_chart``/``*_spec`` builder must join BUILDERS (and so these checks)."""
    found = {f"{module.__name__.split('.')[-2 if module.__name__.endswith('charts') else -1]}"
             f".{name}"
             for module in MODULES for name, fn in inspect.getmembers(module, inspect.isfunction)
             if fn.__module__ == module.__name__ and not name.startswith("_")
             and name.endswith(("_chart", "_spec"))}
    listed = {name.split(" ")[0] for name in BUILDERS}
    # The Impactkaart draws a chart through its fast *_spec; its *_chart twin is the same.
    twins = {n.replace("_spec", "_chart") for n in listed} | {n.replace("_chart", "_spec")
                                                              for n in listed}
    assert found - listed - twins == set()


@pytest.mark.parametrize(("name", "lang"), CASES)
def test_every_category_is_named(name, lang):
    labels = [(item, path) for item, _, _, path in texts(name, lang, "axis-label")
              if not NUMBER.match(joined(item).strip())]
    hidden = [joined(item) for item, _ in labels if not visible(item)]
    assert hidden == [], f"{name} hides categories: {hidden}"
    drawn = [joined(item) for item, _ in labels]
    assert len(drawn) == len(set(drawn)), f"{name}: two categories read the same: {drawn}"
    if HAS_FONT:
        assert [joined(i) for i, _ in labels if cut(i)] == [], f"{name} cuts names"


@pytest.mark.parametrize(("name", "lang"), CASES)
def test_no_two_ticks_of_an_axis_are_equal(name, lang):
    sg = scene(name, lang)
    for mark, item, _, _, _ in marks(sg["scenegraph"]):
        if mark.get("role") != "axis":
            continue
        shown = [joined(label) for child in item.get("items", [])
                 if child.get("role") == "axis-label" for label in child["items"]
                 if visible(label)]
        repeated = sorted({s for s in shown if shown.count(s) > 1})
        assert repeated == [], f"{name}: ticks {shown}"


@pytest.mark.skipif(not HAS_FONT, reason="DejaVu Sans is needed to measure text")
@pytest.mark.parametrize(("name", "lang"), CASES)
def test_no_two_labels_of_an_axis_overlap(name, lang):
    sg = scene(name, lang)
    for mark, item, x, y, _ in marks(sg["scenegraph"]):
        if mark.get("role") != "axis":
            continue
        boxes = [(joined(label), box(label, x + item.get("x", 0), y + item.get("y", 0)))
                 for child in item.get("items", []) if child.get("role") == "axis-label"
                 for label in child["items"] if visible(label) and not label.get("angle")]
        for i, (a, first) in enumerate(boxes):
            for b, second in boxes[i + 1:]:
                shrunk = (first[0] + 1, first[1] + 1, first[2] - 1, first[3] - 1)
                assert not _overlap(shrunk, second), f"{name}: {a!r} runs into {b!r}"


@pytest.mark.skipif(not HAS_FONT, reason="DejaVu Sans is needed to measure text")
@pytest.mark.parametrize(("name", "lang"), CASES)
def test_legend_names_are_whole_and_inside_the_chart(name, lang):
    width = scene(name, lang)["width"]
    for item, x, y, _ in texts(name, lang, "legend-label"):
        assert visible(item), f"{name}: legend hides {joined(item)}"
        assert not cut(item), f"{name}: legend cuts {joined(item)}"
        left, _, right, _ = box(item, x, y)
        assert left >= -1 and right <= width + 1, f"{name}: legend clips {joined(item)}"


def _rules(name: str, lang: str) -> list[tuple[float, float, float, float]]:
    sg = scene(name, lang)
    ox, oy = sg["origin"]
    found = []
    for mark, item, x, y, _ in marks(sg["scenegraph"]):
        if mark.get("marktype") == "rule" and mark.get("role") == "mark":
            x1, y1 = x + ox + item.get("x", 0), y + oy + item.get("y", 0)
            x2 = x + ox + item.get("x2", item.get("x", 0))
            y2 = y + oy + item.get("y2", item.get("y", 0))
            found.append((min(x1, x2) - 1, min(y1, y2), max(x1, x2) + 1, max(y1, y2)))
    return found


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.skipif(not HAS_FONT, reason="DejaVu Sans is needed to measure text")
@pytest.mark.parametrize(("name", "lang"), CASES)
def test_value_labels_clear_of_lines_and_edges(name, lang):
    sg = scene(name, lang)
    rules = _rules(name, lang)
    for item, x, y, _ in texts(name, lang, "mark"):
        if not visible(item) or not joined(item).strip():
            continue
        left, top, right, bottom = box(item, x, y)
        assert left >= -1 and right <= sg["width"] + 1, f"{name}: {joined(item)} past the edge"
        assert top >= -1 and bottom <= sg["height"] + 1, f"{name}: {joined(item)} past the edge"
        crossed = [r for r in rules if _overlap((left, top, right, bottom), r)]
        assert crossed == [], f"{name}: a line runs through {joined(item)!r}"


# A decimal point in Dutch ("€ 132.05") or a decimal comma in English: a number drawn
# in the other language's format. Thousands separators have three digits after them.
WRONG_DECIMAL = {"nl": re.compile(r"\d\.\d{1,2}(?!\d)"), "en": re.compile(r"\d,\d{1,2}(?!\d)")}


@pytest.mark.parametrize(("name", "lang"), CASES)
def test_numbers_are_drawn_in_the_charts_language(name, lang):
    sg = scene(name, lang)
    drawn = [joined(item) for mark, item, _, _, _ in marks(sg["scenegraph"])
             if mark.get("marktype") == "text" and visible(item)]
    assert [s for s in drawn if WRONG_DECIMAL[lang].search(s)] == []


# The one-pager prints the time charts in a box of about 200 px (a half-width 50 mm
# box at print_charts.PX_PER_MM). Nine years ran together there ("2025202620272028…"):
# every year is still named and none runs into the next (340 px: the checks above).
@pytest.mark.skipif(not HAS_FONT, reason="DejaVu Sans is needed to measure text")
@pytest.mark.parametrize("name", ["impact.benefits_over_time_spec", "impact.labour_spec"])
def test_year_labels_stay_apart_at_one_pager_width(name, width=200):
    spec = BUILDERS[name]("nl")
    spec["width"] = width
    spec.pop("usermeta", None)
    years = sorted({row["year_label"] for row in spec["datasets"][next(iter(spec["datasets"]))]})
    sg = vlc.vegalite_to_scenegraph(spec, config=STREAMLIT_THEME)
    ox, oy = sg["origin"]
    for mark, item, x, y, _ in marks(sg["scenegraph"]):
        if mark.get("role") != "axis" or item.get("orient", "bottom") != "bottom":
            continue
        labels = [(joined(label), box(label, x + ox + item.get("x", 0), y + oy + item.get("y", 0)))
                  for child in item.get("items", []) if child.get("role") == "axis-label"
                  for label in child["items"] if visible(label)]
        if not labels or NUMBER.match(labels[0][0].replace("'", "")) is None:
            continue
        assert len(labels) == len(years), (labels, years)
        for (a, first), (b, second) in zip(labels, labels[1:]):
            assert first[2] <= second[0] + 0.5, f"{name} at {width} px: {a!r} runs into {b!r}"
