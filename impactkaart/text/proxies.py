"""How a proxy of the library reads: its one-line citation, trust mark and picker label.

The library itself (``impactkaart/data/proxies.csv``, one row by key) is core's
(`impactkaart.core.proxies.proxy_row`); this module only words its rows. When a user
picks a proxy, the effect gets three fields from the same row (`proxy_fields`).
"""

from __future__ import annotations

import pandas as pd

from impactkaart.core.proxies import proxy_row
from impactkaart.core.reference import Reference, default_reference
from impactkaart.text import formats


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value)) or not str(value).strip()


def source_text(row: pd.Series) -> str:
    """One-line citation of a reference row: title (publisher, year), prijspeil P.

    Rows without a source (``illustratief``) say so instead of pretending to have one.
    """
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


def trust_mark(row: pd.Series) -> str:
    """'illustratief' for made-up figures, else the source's confidence ('hoog', …)."""
    if bool(row.get("illustratief", False)):
        return "illustratief"
    confidence = str(row.get("confidence", "")).strip()
    return f"betrouwbaarheid {confidence}" if confidence else "betrouwbaarheid onbekend"


def proxy_label(row: pd.Series) -> str:
    """What the proxy picker shows: label — € value per unit · prijspeil · source · trust."""
    unit = str(row["unit"]).removeprefix("EUR ").strip()
    price_year = str(row["price_year"]).strip() or "n.b."
    return (
        f"{row['label_nl']} — {formats.euro(float(row['value']), decimals=2)} {unit}"
        f" · prijspeil {price_year} · {str(row['publisher']).strip() or 'geen bron'}"
        f" · {trust_mark(row)}"
    )


def proxy_choices(reference: Reference | None = None) -> dict[str, str]:
    """proxy key -> picker label, sorted by label so a user can scan the list."""
    reference = reference or default_reference()
    table = reference.proxies.sort_values("label_nl", key=lambda s: s.str.lower())
    return {str(row["key"]): proxy_label(row) for _, row in table.iterrows()}


def proxy_fields(key: str, reference: Reference | None = None) -> dict[str, object]:
    """The effect fields a chosen proxy fills: proxy, proxy_key, proxy_source."""
    row = proxy_row(key, reference)
    return {"proxy": float(row["value"]), "proxy_key": key, "proxy_source": source_text(row)}
