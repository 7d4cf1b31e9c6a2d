"""Hypothesis strategies for valid project dicts (the JSON project-file shape)."""

from __future__ import annotations

from hypothesis import strategies as st

PARTIES = ["gemeente", "zorgverzekeraar", "politie_justitie", "deelnemer", "rijk", "fonds"]
SECTORS = ["zorg", "politie_justitie", "schuldhulpverlening", "eigen_sector"]

share = st.floats(0, 1, allow_nan=False)
money = st.floats(0, 1e6, allow_nan=False)


# Every way a table or form says "no sector" (issue 15 item 1): NaN is pandas' empty cell.
MISSING_SECTORS = [None, float("nan"), "", "  "]


@st.composite
def effects(draw, years: int, missing_sectors: bool = False):
    sectors = [*MISSING_SECTORS, *SECTORS] if missing_sectors else [None, *SECTORS]
    effect = {
        "outcome": draw(st.text(min_size=1, max_size=20).filter(lambda s: s.strip())),
        "stakeholder": draw(st.sampled_from(PARTIES)),
        "sector": draw(st.sampled_from(sectors)),
        "quantity": draw(st.floats(0, 1e4, allow_nan=False)),
        "proxy": draw(st.floats(-1e3, 1e5, allow_nan=False)),
        "start_year": draw(st.integers(1, years)),
        "duration": draw(st.integers(1, 8)),
        "deadweight": draw(share),
        "displacement": draw(share),
        "attribution": draw(share),
        "drop_off": draw(share),
    }
    if draw(st.booleans()):
        effect["hours_per_unit"] = draw(st.floats(0, 50, allow_nan=False))
    if draw(st.integers(0, 3)) == 0:  # a transfer (issue 15 item 2), from another party
        effect["transfer"] = True
        others = [p for p in PARTIES if p != effect["stakeholder"]]
        if draw(st.booleans()):
            effect["transfer_from"] = draw(st.sampled_from(others))
        elif effect["stakeholder"] == "deelnemer":
            effect["transfer_from"] = others[0]  # the default "deelnemer" would be itself
    if missing_sectors and draw(st.booleans()):
        del effect["sector"]  # left out: the default, no sector
    return effect


@st.composite
def projects(draw, max_effects: int = 6, missing_sectors: bool = False):
    years = draw(st.integers(1, 6))
    project = {
        "name": draw(st.text(min_size=1, max_size=30).filter(lambda s: s.strip())),
        "project_type": draw(st.sampled_from(["gezinswerk", "jongerenwerk", "eenzaamheid"])),
        "phase": draw(st.sampled_from(["ex_ante", "ex_post"])),
        "years": years,
        "discount_rate": draw(st.floats(0, 0.1, allow_nan=False)),
        "costs": [
            {"year": draw(st.integers(1, years)), "financier": draw(st.sampled_from(PARTIES)),
             "amount": draw(money)}
            for _ in range(draw(st.integers(0, 4)))
        ],
        "effects": [draw(effects(years, missing_sectors))
                    for _ in range(draw(st.integers(0, max_effects)))],
        "qualitative": [
            {"outcome": "rust", "stakeholder": draw(st.sampled_from(PARTIES)),
             "direction": draw(st.sampled_from(["+", "-"])), "strength": draw(st.integers(1, 3))}
            for _ in range(draw(st.integers(0, 2)))
        ],
        "sectors": [
            {"sector": "eigen_sector", "productive_hours_per_fte": 1400.0,
             "labour_cost_per_fte": 65000.0, "labour_share": 0.5}
        ],
    }
    return project
