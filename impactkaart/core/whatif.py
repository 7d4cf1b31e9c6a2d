"""What-if assumptions: the discount rate and, per effect, deadweight, attribution, drop-off.

The Impactkaart's sliders change these without saving anything. `with_assumptions`
returns a new `Project` (``dataclasses.replace``); the engine computes it exactly
as it computes a saved project, so the live figures never come from a second
formula.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from impactkaart.core.model import Project

# The per-effect shares the what-if sliders change (the discount rate is set apart).
SLIDER_SHARES = ("deadweight", "attribution", "drop_off")


@dataclass(frozen=True)
class EffectAssumption:
    deadweight: float
    attribution: float
    drop_off: float


@dataclass(frozen=True)
class Assumptions:
    discount_rate: float
    effects: tuple[EffectAssumption, ...]


def assumptions_of(project: Project) -> Assumptions:
    """The assumptions as saved in the project."""
    return Assumptions(
        discount_rate=project.discount_rate,
        effects=tuple(
            EffectAssumption(e.deadweight, e.attribution, e.drop_off) for e in project.effects
        ),
    )


def with_assumptions(project: Project, assumptions: Assumptions) -> Project:
    """The project with these assumptions in place of its own (the project is not changed)."""
    # Programmer errors (the sliders stay within these bounds): developers' English, not
    # words for users, which core does not hold.
    if len(assumptions.effects) != len(project.effects):
        raise ValueError(
            f"{len(assumptions.effects)} assumptions for {len(project.effects)} effects"
        )
    if not -0.05 <= assumptions.discount_rate <= 0.5:
        raise ValueError("discount_rate must lie between -0.05 and 0.5")
    effects = []
    for i, (effect, new) in enumerate(zip(project.effects, assumptions.effects)):
        for name in SLIDER_SHARES:
            if not 0.0 <= getattr(new, name) <= 1.0:
                raise ValueError(f"effects[{i}].{name}: must lie between 0 and 1")
        effects.append(
            replace(
                effect,
                deadweight=new.deadweight,
                attribution=new.attribution,
                drop_off=new.drop_off,
            )
        )
    return replace(project, discount_rate=assumptions.discount_rate, effects=tuple(effects))
