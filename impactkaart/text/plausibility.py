"""The plausibility warnings in words (see impactkaart.core.plausibility)."""

from __future__ import annotations

from collections.abc import Callable

from impactkaart.core.plausibility import Finding
from impactkaart.text import formats
from impactkaart.text.catalogue import t


def describe(finding: Finding, lang: str = "nl", quote: Callable[[str], str] = str) -> str:
    """One warning as a sentence with its reason, in the reader's language. ``quote``
    wraps the user's own text (an outcome's name), e.g. `text.safe.md` for Markdown."""
    v = finding.values
    words: dict[str, str] = {}
    if finding.code == "factor_high":
        words = {"factor": formats.factor(v["factor"], lang), "limit": formats.number(v["limit"], lang, 0)}
    elif finding.code.startswith("cost_per_participant"):
        # Cents only where they matter: € 4,50 is not "€ 4".
        words = {"cost": formats.euro(v["cost"], lang, 2 if v["cost"] < 100 else 0), "limit": formats.euro(v["limit"], lang)}
    elif finding.code == "effect_dominant":
        words = {"share": formats.percent(v["share"], lang)}
    elif finding.code == "net_share_low":
        words = {"net": formats.percent(v["net"], lang)}
    elif finding.code == "proxy_far":
        words = {"proxy": formats.euro(v["proxy"], lang, 2), "library": formats.euro(v["library"], lang, 2),
                 "ratio": formats.number(v["ratio"], lang, 1)}
    if finding.outcome is not None:
        words["outcome"] = quote(finding.outcome)
    return t(f"plausibility.{finding.code}", lang, **words)
