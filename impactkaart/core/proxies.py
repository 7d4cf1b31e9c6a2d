"""The sourced proxy library (``impactkaart/data/proxies.csv``): one proxy by its key.

A proxy is a value in euro per unit (a GP consult, a day in detention, …) with
its source and price year. When a user picks one, the effect gets three
fields from the same row: ``proxy`` (the value), ``proxy_key`` (the row's key,
so the choice can be traced back) and ``proxy_source`` (a one-line citation).
How a proxy reads in the app (that citation, its trust mark, the picker's label)
is the text layer's: `impactkaart.text.proxies`.
"""

from __future__ import annotations

import pandas as pd

from impactkaart.core.reference import Reference, default_reference


def proxy_row(key: str, reference: Reference | None = None) -> pd.Series:
    reference = reference or default_reference()
    rows = reference.proxies.loc[reference.proxies["key"] == key]
    if rows.empty:
        raise KeyError(key)  # a code: the caller words it (the proxy key is unknown)
    return rows.iloc[0]
