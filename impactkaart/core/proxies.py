"""The sourced proxy library (``impactkaart/data/proxies.csv``): one proxy by its key.

A proxy is a value in euro per unit (a GP consult, a day in detention, …) with
its source and price year. When a user picks one, the effect gets three
fields from the same row: ``proxy`` (the value), ``proxy_key`` (the row's key,
so the choice can be traced back) and ``proxy_source`` (a one-line citation); a proxy
that is a transfer (bijstand, WW: what the stakeholder saves, the recipient loses) also
sets ``transfer`` and ``transfer_from`` (`transfer_fields`, docs/method.md "Data checks").
How a proxy reads in the app (that citation, its trust mark, the picker's label)
is the text layer's: `impactkaart.text.proxies`.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from impactkaart.core.model import Effect
from impactkaart.core.reference import Reference, default_reference

# The effect fields come with the engine side of issue 15 (core/model.py). Until the model
# has them a project file cannot hold them, so a proxy fills them only once it does.
MODEL_HAS_TRANSFER = "transfer" in Effect.__dataclass_fields__


def proxy_row(key: str, reference: Reference | None = None) -> pd.Series:
    reference = reference or default_reference()
    rows = reference.proxies.loc[reference.proxies["key"] == key]
    if rows.empty:
        raise KeyError(key)  # a code: the caller words it (the proxy key is unknown)
    return rows.iloc[0]


def transfer_default(key: str, reference: Reference | None = None) -> dict[str, object]:
    """What the library says of a proxy: ``{"transfer": bool, "transfer_from": party or None}``."""
    row = proxy_row(key, reference)
    transfer = bool(row["transfer"])
    return {"transfer": transfer, "transfer_from": str(row["transfer_from"]) if transfer else None}


def transfer_fields(key: str | None, reference: Reference | None = None) -> dict[str, object]:
    """The transfer fields an effect gets from its library proxy: both for a transfer, none
    otherwise (the project-file default is no transfer), none for an own value (``None``)."""
    if key is None or not MODEL_HAS_TRANSFER:
        return {}
    fields = transfer_default(key, reference)
    return fields if fields["transfer"] else {}


def proxy_effect_fields(key: str, reference: Reference | None = None) -> dict[str, object]:
    """The effect fields a library proxy fills, except its citation (the text layer's):
    proxy, proxy_key, and the transfer fields of a transfer."""
    row = proxy_row(key, reference)
    return {"proxy": float(row["value"]), "proxy_key": key, **transfer_fields(key, reference)}


def parts_of(key: str, reference: Reference | None = None) -> set[str]:
    """Every proxy a composite proxy includes, directly or through a part that is itself
    composite (``includes`` in proxies.csv); empty for a simple proxy."""
    reference = reference or default_reference()
    includes = dict(zip(reference.proxies["key"], reference.proxies["includes"], strict=True))
    found: set[str] = set()
    todo = [key]
    while todo:
        for part in str(includes.get(todo.pop(), "")).split(";"):
            part = part.strip()
            if part and part not in found and part != key:
                found.add(part)
                todo.append(part)
    return found


def composite_overlaps(
    proxy_keys: Iterable[str | None], reference: Reference | None = None
) -> list[tuple[str, dict[str, object]]]:
    """The double counts among a project's effects (their ``proxy_key`` in order): a composite
    proxy beside one of its parts. One ``("composite_overlap", {"composite", "part",
    "composite_effects", "part_effects"})`` per pair, the effects as 0-based positions;
    the text layer words it (`impactkaart.text.proxies.overlap_warnings`)."""
    reference = reference or default_reference()
    known = set(reference.proxies["key"])
    positions: dict[str, list[int]] = {}
    for i, key in enumerate(proxy_keys):
        if isinstance(key, str) and key in known:
            positions.setdefault(key, []).append(i)
    found = []
    for composite in positions:
        for part in sorted(parts_of(composite, reference) & set(positions)):
            found.append(("composite_overlap", {
                "composite": composite, "part": part,
                "composite_effects": positions[composite], "part_effects": positions[part]}))
    return found
