"""How a proxy of the library reads: its one-line citation, trust mark and picker label.

The library itself (``impactkaart/data/proxies.csv``, one row by key) is core's
(`impactkaart.core.proxies.proxy_row`); this module only words its rows. When a user
picks a proxy, the effect gets its fields from the same row (`proxy_fields`).
"""

from __future__ import annotations

import pandas as pd

from impactkaart.core.proxies import composite_overlaps, proxy_effect_fields, proxy_row
from impactkaart.core.reference import UNKNOWN_YEAR, Reference, default_reference
from impactkaart.text import formats
from impactkaart.text.catalogue import TEXTS, t
from impactkaart.text.names import data_text


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value)) or not str(value).strip()


def source_text(row: pd.Series, lang: str = "nl") -> str:
    """One-line citation of a reference row: title (publisher, year), prijspeil P.

    Rows without a source (``illustratief``) say so instead of pretending to have one.
    The Dutch is what project files hold as a picked proxy's source; English is worded
    through the catalogue.
    """
    if lang != "nl":
        return _source_text_in(row, lang)
    if bool(row.get("illustratief", False)) and _blank(row.get("source_title")):
        return "illustratief: geen bron, aanname voor demonstratie"
    parts = [str(row["source_title"]).strip()]
    who = ", ".join(
        str(row[c]).strip() for c in ("publisher", "source_year") if not _blank(row.get(c))
    )
    if who:
        parts.append(f"({who})")
    text = " ".join(parts)
    if not _blank(row.get("price_year")):
        text += f", prijspeil {str(row['price_year']).strip()}"
    if bool(row.get("illustratief", False)):
        text = "illustratief: " + text
    return text


def _source_text_in(row: pd.Series, lang: str) -> str:
    illustrative = bool(row.get("illustratief", False))
    if illustrative and _blank(row.get("source_title")):
        return t("authoring.cite_unsourced", lang)
    text = str(row["source_title"]).strip()
    who = ", ".join(str(row[c]).strip() for c in ("publisher", "source_year") if not _blank(row.get(c)))
    if who:
        text += f" ({who})"
    if not _blank(row.get("price_year")):
        text += t("authoring.cite_price_year", lang, year=str(row["price_year"]).strip())
    return t("authoring.cite_illustrative", lang, text=text) if illustrative else text


def trust_mark(row: pd.Series, lang: str = "nl") -> str:
    """'illustratief' for made-up figures, else the source's confidence ('hoog', …)."""
    if lang != "nl":
        if bool(row.get("illustratief", False)):
            return t("authoring.trust_illustrative", lang)
        confidence = str(row.get("confidence", "")).strip()
        if not confidence:
            return t("authoring.trust_unknown", lang)
        key = f"authoring.confidence_{confidence}"  # the data's words: hoog, middel, laag
        return t("authoring.trust", lang, confidence=t(key, lang) if key in TEXTS else confidence)
    if bool(row.get("illustratief", False)):
        return "illustratief"
    confidence = str(row.get("confidence", "")).strip()
    return f"betrouwbaarheid {confidence}" if confidence else "betrouwbaarheid onbekend"


def proxy_label(row: pd.Series, lang: str = "nl") -> str:
    """What the proxy picker shows: label — € value per unit · the figure's own year
    (``source_year``, not the year of a report citing it) · prijspeil · source · trust."""
    unknown = t("authoring.not_known", lang)
    year = str(row.get("source_year", "")).strip()
    price_year = str(row["price_year"]).strip()
    return t("data.picker_label", lang, label=data_text(row, "label", lang),
             value=formats.euro(float(row["value"]), lang, decimals=2),
             unit=data_text(row, "unit", lang).removeprefix("EUR ").strip(),
             year=year if year and year not in UNKNOWN_YEAR else unknown,
             price_year=price_year if price_year and price_year not in UNKNOWN_YEAR else unknown,
             publisher=str(row["publisher"]).strip() or t("authoring.no_source", lang),
             trust=trust_mark(row, lang))


def proxy_choices(reference: Reference | None = None, lang: str = "nl") -> dict[str, str]:
    """proxy key -> picker label, sorted by label so a user can scan the list."""
    table = (reference or default_reference()).proxies
    labels = {str(row["key"]): proxy_label(row, lang) for _, row in table.iterrows()}
    return dict(sorted(labels.items(), key=lambda item: item[1].lower()))


def proxy_fields(key: str, reference: Reference | None = None) -> dict[str, object]:
    """The effect fields a chosen proxy fills: proxy, proxy_key, proxy_source, and for a
    transfer transfer/transfer_from (`impactkaart.core.proxies.proxy_effect_fields`)."""
    return {**proxy_effect_fields(key, reference), "proxy_source": source_text(proxy_row(key, reference))}


def overlap_warnings(effects, reference: Reference | None = None, lang: str = "nl",
                     numbered: bool = True) -> list[str]:
    """One warning per composite proxy beside one of its parts among ``effects`` (anything
    with a ``proxy_key``: a `Project`'s effects, dicts, the case catalogue's items); with
    ``numbered`` the effects by number from 1, as the editor and the exports show them."""
    reference = reference or default_reference()
    keys = [e.get("proxy_key") if isinstance(e, dict) else getattr(e, "proxy_key", None)
            for e in effects]
    rows = reference.proxies.set_index("key", drop=False)
    found = []
    for code, values in composite_overlaps(keys, reference):
        key = f"data.{code.removeprefix('composite_')}" + ("" if numbered else "_items")
        found.append(t(key, lang,
                       composite=data_text(rows.loc[values["composite"]], "label", lang),
                       part=data_text(rows.loc[values["part"]], "label", lang),
                       composite_rows=", ".join(str(i + 1) for i in values["composite_effects"]),
                       part_rows=", ".join(str(i + 1) for i in values["part_effects"])))
    return found
