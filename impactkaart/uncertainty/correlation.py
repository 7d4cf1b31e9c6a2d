"""Correlated draws: estimates of one kind tend to err the same way.

Independent draws let a too-high quantity in one effect cancel a too-low quantity
in another, which makes the Monte Carlo interval far too narrow when the estimates
share their sources and their makers (docs/method.md, section 8). Here each
assumption's uniform draw u_j (turned into its distribution by `draw_samples`) is
made from a Gaussian copula with one common factor per group::

    z_j = √ρ · Z_g(j) + √(1 − ρ) · ε_j,    u_j = Φ(z_j)

with Z_g and ε_j independent standard normals: ρ = 0 is independent, ρ = 1 makes
every assumption of a group move together (u_j = Φ(Z_g) for all j in g). The
uniform marginals, and so each assumption's own distribution, are unchanged; only
how they move together is.

Groups (`GROUPINGS`):
- ``"kind"`` (the default, with ρ = DEFAULT_RHO): one factor per kind of assumption:
  all quantities, all unit values, all deadweights, … each kind on its own; the
  discount rate alone.
- ``"all"``: one factor for every assumption, each turned so that a high draw raises
  the rendementsfactor (a high deadweight lowers it, so it draws 1 − u): ρ = 1 is the
  case where every estimate is too optimistic, or too pessimistic, at once.
- ``"none"``: independent draws (ρ is ignored).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from impactkaart.uncertainty.ranges import Assumption

GROUPINGS = ("kind", "all", "none")
DEFAULT_GROUPING = "kind"
# Half-way between independent and lock-step: the estimates of one kind in a project
# usually share a source or a maker, but not all of their error. A convention of this
# tool, not a measured figure (said wherever the result is shown).
DEFAULT_RHO = 0.5


def check(grouping: str, rho: float) -> None:
    if grouping not in GROUPINGS:
        raise ValueError(f"grouping must be one of {', '.join(GROUPINGS)}")
    if not 0.0 <= rho <= 1.0:
        raise ValueError("rho must lie between 0 and 1")


def group_codes(found: Sequence[Assumption], grouping: str) -> np.ndarray:
    """The group number of each assumption (−1: drawn on its own)."""
    if grouping == "none":
        return np.full(len(found), -1)
    if grouping == "all":
        return np.zeros(len(found), dtype=int)
    kinds: dict[str, int] = {}
    return np.array([kinds.setdefault(a.name, len(kinds)) for a in found], dtype=int)


def normal_cdf(z: np.ndarray) -> np.ndarray:
    """Φ(z) by Abramowitz & Stegun 7.1.26 (absolute error < 1,5·10⁻⁷: far below the
    sampling error of any Monte Carlo run here; numpy has no erf and scipy is not a
    dependency)."""
    x = np.abs(z) / np.sqrt(2.0)
    t = 1.0 / (1.0 + 0.3275911 * x)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741
                                                       + t * (-1.453152027 + t * 1.061405429))))
    erf = 1.0 - poly * np.exp(-x * x)
    return 0.5 * (1.0 + np.sign(z) * erf)


def uniforms(
    found: Sequence[Assumption],
    n: int,
    rng: np.random.Generator,
    grouping: str = DEFAULT_GROUPING,
    rho: float = DEFAULT_RHO,
    signs: np.ndarray | None = None,
) -> np.ndarray:
    """An (n, len(found)) matrix of uniforms with the stated dependence.

    ``signs`` (+1/−1 per assumption): how each moves the rendementsfactor; used by
    ``"all"`` only, where a −1 column is drawn as 1 − u. Independent draws
    (``"none"`` or ρ = 0) are exactly ``rng.random((n, m))``, so a run without
    correlation repeats the numbers of earlier versions.
    """
    check(grouping, rho)
    m = len(found)
    if grouping == "none" or rho == 0.0 or m == 0:
        return rng.random((n, m))
    codes = group_codes(found, grouping)
    common = rng.standard_normal((n, int(codes.max()) + 1))
    if rho == 1.0:  # lock-step: skip the own terms (and Φ's rounding at the tails)
        z = common[:, codes]
    else:
        z = np.sqrt(rho) * common[:, codes] + np.sqrt(1.0 - rho) * rng.standard_normal((n, m))
    u = normal_cdf(z)
    if grouping == "all" and signs is not None:
        u = np.where(np.asarray(signs) < 0, 1.0 - u, u)
    return np.clip(u, 0.0, np.nextafter(1.0, 0.0))
