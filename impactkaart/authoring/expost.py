"""What the Ex ante / ex post page edits: measured quantities, re-estimated shares and
realised costs, into a validated project (issue 15 item 11).

One call per edit, checked by `parse_project` like every other change; a problem is a
`ProjectError` whose fields name the effect or cost line (``effects[2].deadweight_ex_post``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from impactkaart.core.model import EX_POST_SHARES, Project, parse_project
from impactkaart.core.reference import Reference


def with_ex_post(project: Project, quantities: Sequence[float | None],
                 shares: Sequence[Mapping[str, float | None]], realised: Sequence[float | None],
                 reference: Reference | None = None) -> Project:
    """The project with, per effect, its measured quantity and re-estimated shares (keys
    of `EX_POST_SHARES`; None or missing: not re-estimated) and, per cost line, its realised
    amount (None: the budget stands)."""
    if len(quantities) != len(project.effects) or len(shares) != len(project.effects):
        raise ValueError("one measurement and one set of shares per effect")
    if len(realised) != len(project.costs):
        raise ValueError("one realised amount per cost line")
    data = project.to_dict()
    for record, quantity, estimate in zip(data["effects"], quantities, shares):
        record.pop("quantity_ex_post", None)
        if quantity is not None:
            record["quantity_ex_post"] = quantity
        for name, twin in EX_POST_SHARES.items():
            record.pop(twin, None)
            if estimate.get(name) is not None:
                record[twin] = estimate[name]
    for record, amount in zip(data["costs"], realised):
        record.pop("amount_ex_post", None)
        if amount is not None:
            record["amount_ex_post"] = amount
    return parse_project(data, reference)
