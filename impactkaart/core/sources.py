"""Which sector figures a project's FTE rests on, and whether the project sets them itself.

Words for them (names, values, citations) are the text layer's: `impactkaart.text.sources`.
"""

from __future__ import annotations

from impactkaart.core.model import Project
from impactkaart.core.reference import SECTOR_FIGURES, Reference, default_reference


def sector_figures_used(
    project: Project, reference: Reference | None = None
) -> list[tuple[str, str, float, bool]]:
    """(sector, figure, value, from the project itself) for every sector figure the FTE uses.

    The hours route (``hours_per_unit``) needs only the productive hours; the
    labour-cost route also the labour share and the labour cost per FTE.
    """
    reference = reference or default_reference()
    own = {s.sector: s for s in project.sectors}
    needed: dict[str, set[str]] = {}
    for effect in project.effects:
        if effect.sector is None:
            continue
        figures = needed.setdefault(effect.sector, set())
        figures.add("productive_hours_per_fte")
        if effect.hours_per_unit is None:
            figures |= {"labour_cost_per_fte", "labour_share"}
    used = []
    for sector, figures in needed.items():
        for figure in SECTOR_FIGURES:
            if figure not in figures:
                continue
            if sector in own:
                used.append((sector, figure, float(getattr(own[sector], figure)), True))
            else:
                used.append((sector, figure, reference.sector_figures[sector][figure], False))
    return used
