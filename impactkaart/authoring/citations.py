"""Citations of library values in the chosen language: source, trust mark, picker label.

The Dutch reads exactly as `impactkaart.core.proxies` writes it (core holds those
Dutch strings for the project files it fills); English is worded through the catalogue.
"""

from __future__ import annotations

import pandas as pd

from impactkaart.core import proxies
from impactkaart.text import formats
from impactkaart.text.catalogue import TEXTS, t
from impactkaart.text.names import data_text


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value)) or not str(value).strip()


def source_text(row: pd.Series, lang: str = "nl") -> str:
    """'title (publisher, year), price year P'; an unsourced illustrative row says so."""
    if lang == "nl":
        return proxies.source_text(row)
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
    """'illustrative' for made-up figures, else the source's confidence."""
    if lang == "nl":
        return proxies.trust_mark(row)
    if bool(row.get("illustratief", False)):
        return t("authoring.trust_illustrative", lang)
    confidence = str(row.get("confidence", "")).strip()
    if not confidence:
        return t("authoring.trust_unknown", lang)
    key = f"authoring.confidence_{confidence}"  # the data's words: hoog, middel, laag
    return t("authoring.trust", lang, confidence=t(key, lang) if key in TEXTS else confidence)


def picker_label(row: pd.Series, lang: str = "nl") -> str:
    """What the proxy picker shows: label — € value per unit · price year · source · trust."""
    if lang == "nl":
        return proxies.proxy_label(row)
    unit = data_text(row, "unit", lang).removeprefix("EUR ").strip()
    price_year = str(row["price_year"]).strip() or t("authoring.not_known", lang)
    publisher = str(row["publisher"]).strip() or t("authoring.no_source", lang)
    return t("authoring.picker_label", lang, label=data_text(row, "label", lang),
             value=formats.euro(float(row["value"]), decimals=2, lang=lang), unit=unit,
             price_year=price_year, publisher=publisher, trust=trust_mark(row, lang))


def proxy_choices(reference=None, lang: str = "nl") -> dict[str, str]:
    """proxy key -> picker label, sorted by label so a user can scan the list."""
    if lang == "nl":
        return proxies.proxy_choices(reference)
    table = (reference or proxies.default_reference()).proxies
    labels = {str(row["key"]): picker_label(row, lang) for _, row in table.iterrows()}
    return dict(sorted(labels.items(), key=lambda item: item[1].lower()))
