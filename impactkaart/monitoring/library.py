"""The KPI library: shared KPIs with sharp definitions (impactkaart/data/kpis.csv) and an
organisation's own KPIs (kept in the store, `impactkaart.monitoring.store`).

A KPI has a key, a label and a definition in Dutch and English, the werksoorten it belongs
to, a kind (``share``: numerator / denominator; ``count``; ``score``), the good direction
(``up`` or ``down``) and the source of its definition, or ``illustratief``. The point is
the trend, not a score card: "kpi's zijn indicatoren, géén afrekenlijstjes" (docs/kpi.md).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

import pandas as pd

KINDS = ("share", "count", "score")
DIRECTIONS = ("up", "down")
WERKSOORTEN = ("jongerenwerk", "ouderenwerk", "schuldhulp", "maatschappelijk werk",
               "opbouwwerk", "gezinswerk", "overig")
ILLUSTRATIVE = "illustratief"
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,59}$")


@dataclass(frozen=True)
class Kpi:
    key: str
    label_nl: str
    label_en: str
    werksoorten: tuple[str, ...]
    definition_nl: str
    definition_en: str
    kind: str
    direction: str
    source: str = ILLUSTRATIVE  # the title of the definition's source, or "illustratief"
    publisher: str = ""
    year: str = ""
    url: str = ""
    own: bool = False  # an organisation's own KPI (not from the shared library)

    def label(self, lang: str = "nl") -> str:
        return self.label_en if lang == "en" and self.label_en else self.label_nl

    def definition(self, lang: str = "nl") -> str:
        return self.definition_en if lang == "en" and self.definition_en else self.definition_nl

    @property
    def illustrative(self) -> bool:
        return self.source.strip().lower() == ILLUSTRATIVE

    @property
    def is_share(self) -> bool:
        return self.kind == "share"


class KpiError(ValueError):
    """A KPI that cannot be added; ``codes`` are catalogue keys (``monitoring.kpi_error.*``)."""

    def __init__(self, codes: list[str]):
        super().__init__(", ".join(codes))
        self.codes = codes


@functools.cache
def shared_library() -> tuple[Kpi, ...]:
    """The KPIs of impactkaart/data/kpis.csv, in the file's order."""
    path = resources.files("impactkaart.data").joinpath("kpis.csv")
    with path.open(encoding="utf-8") as handle:
        frame = pd.read_csv(handle, dtype=str, keep_default_na=False)
    return tuple(
        Kpi(key=r.key, label_nl=r.label_nl, label_en=r.label_en,
            werksoorten=tuple(w.strip() for w in r.werksoorten.split(";") if w.strip()),
            definition_nl=r.description_nl, definition_en=r.description_en,
            kind=r.kind, direction=r.direction, source=r.source_title,
            publisher=r.publisher, year=r.source_year, url=r.url)
        for r in frame.itertuples(index=False))


def library(own: tuple[Kpi, ...] | list[Kpi] = ()) -> dict[str, Kpi]:
    """Key -> KPI: the shared library and the organisation's own KPIs."""
    kpis = {k.key: k for k in shared_library()}
    for kpi in own:
        kpis.setdefault(kpi.key, kpi)
    return kpis


def by_werksoort(kpis: dict[str, Kpi], werksoort: str | None) -> list[Kpi]:
    return [k for k in kpis.values() if werksoort in (None, "") or werksoort in k.werksoorten]


def check_own(kpi: Kpi, known: dict[str, Kpi]) -> Kpi:
    """An organisation's own KPI, checked and trimmed; raises `KpiError`."""
    codes = []
    key = kpi.key.strip().lower()
    if not KEY_PATTERN.match(key):
        codes.append("key")
    elif key in known:
        codes.append("key_taken")
    if not kpi.label_nl.strip():
        codes.append("label")
    if len(kpi.definition_nl.strip()) < 10:
        codes.append("definition")
    if kpi.kind not in KINDS:
        codes.append("kind")
    if kpi.direction not in DIRECTIONS:
        codes.append("direction")
    if not kpi.werksoorten or any(w not in WERKSOORTEN for w in kpi.werksoorten):
        codes.append("werksoort")
    if codes:
        raise KpiError(codes)
    return Kpi(key=key, label_nl=kpi.label_nl.strip()[:200],
               label_en=(kpi.label_en.strip() or kpi.label_nl.strip())[:200],
               werksoorten=kpi.werksoorten, definition_nl=kpi.definition_nl.strip()[:2000],
               definition_en=(kpi.definition_en.strip() or kpi.definition_nl.strip())[:2000],
               kind=kpi.kind, direction=kpi.direction,
               source=kpi.source.strip()[:500] or ILLUSTRATIVE, own=True)
