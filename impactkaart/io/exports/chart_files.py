"""Charts to PNG and SVG offline with vl-convert (no browser, no network).

Works on the Vega-Lite JSON text of a chart, so a caller can cache the result
per spec: the same chart gives the same bytes. A chart that fills its container
in the app has no width of its own; the export gives it one.
"""

from __future__ import annotations

import json

import vl_convert as vlc

EXPORT_WIDTH = 720  # px: readable on an A4 page and a projector
PNG_SCALE = 2  # sharp on high-resolution screens and in print


def _sized(spec_json: str) -> str:
    spec = json.loads(spec_json)
    if "width" not in spec:
        spec["width"] = EXPORT_WIDTH
    spec.pop("usermeta", None)  # embed options mean nothing outside a browser
    return json.dumps(spec)


def to_png(spec_json: str, scale: float = PNG_SCALE) -> bytes:
    """PNG bytes of a Vega-Lite spec (e.g. ``chart.to_json()``)."""
    return vlc.vegalite_to_png(_sized(spec_json), scale=scale)


def to_svg(spec_json: str) -> str:
    """SVG text of a Vega-Lite spec (e.g. ``chart.to_json()``)."""
    return vlc.vegalite_to_svg(_sized(spec_json))
