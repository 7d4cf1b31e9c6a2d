"""The sourced proxy library (``impactkaart/data/proxies.csv``) as the UI offers it.

A proxy is a value in euro per unit (a GP consult, a day in detention, …) with
its source and price year. When a user picks one, the effect gets three
fields from the same row: ``proxy`` (the value), ``proxy_key`` (the row's key,
so the choice can be traced back) and ``proxy_source`` (a one-line citation).
"""

from __future__ import annotations

import pandas as pd

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


def proxy_row(key: str, reference: Reference | None = None) -> pd.Series:
    reference = reference or default_reference()
    rows = reference.proxies.loc[reference.proxies["key"] == key]
    if rows.empty:
        raise KeyError(f"onbekende proxy '{key}'")
    return rows.iloc[0]


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
