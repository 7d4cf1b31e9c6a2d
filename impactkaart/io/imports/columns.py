"""Which column holds which field: the importable fields and the names people give them.

A welzijn organisation's sheet says ``Aantal deelnemers``, ``Nul-effect`` or
``Toerekening``; a gemeente's export says ``Bedrag (€)`` and ``Jaar``; an
English SROI value map says ``Deadweight`` and ``Attribution``. `guess_mapping`
recognises these (exact names first, then the text in or outside brackets,
then a whole-word match, then a near-spelling) and the user can override
every choice. The template uses the editor's Dutch headers (`editing.py`), so
a table copied out of the app comes back in unchanged.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from impactkaart.authoring.editing import COST_COLUMNS, EFFECT_COLUMNS, headers

EFFECTS, COSTS = "effects", "costs"
KIND_LABELS = {EFFECTS: "Effecten", COSTS: "Kosten"}


@dataclass(frozen=True)
class FieldSpec:
    name: str  # the field in the project file
    header: str  # the template's Dutch header
    explanation: str  # the template's explanation row
    kind: str  # text | key | optional_key | number | optional_number | integer | share | year
    required: bool
    synonyms: tuple[str, ...] = ()


def _f(name, columns, explanation, kind, required, *synonyms) -> FieldSpec:
    return FieldSpec(name, columns[name], explanation, kind, required, synonyms)


E, C = EFFECT_COLUMNS, COST_COLUMNS
EFFECT_FIELDS: tuple[FieldSpec, ...] = (
    _f("outcome", E, "Uitleg (deze rij wordt overgeslagen): wat verandert er, in woorden", "text",
       True, "effect", "effecten", "uitkomst", "outcome", "wat verandert", "resultaat",
       "omschrijving", "beschrijving", "verandering", "maatschappelijk effect", "outcomes"),
    _f("stakeholder", E, "wie de waarde krijgt: gemeente, zorgverzekeraar, politie_justitie, "
       "deelnemer, werkgever, …", "key", True, "wie profiteert", "belanghebbende",
       "belanghebbenden", "stakeholder", "stakeholders", "baathouder", "baathebber", "ontvanger",
       "begunstigde", "voor wie", "partij", "wie"),
    _f("sector", E, "waar personeel tijd bespaart: zorg, politie_justitie, jeugdzorg, … "
       "(leeg: geen)", "optional_key", False, "sector", "sector arbeidsbesparing",
       "arbeidsmarktsector", "sector arbeidsmarkt"),
    _f("quantity", E, "aantal personen of gevallen per jaar, bijvoorbeeld 12", "number", True,
       "aantal", "aantal per jaar", "hoeveelheid", "quantity", "aantal personen",
       "aantal deelnemers", "aantal clienten", "aantal gevallen", "number", "volume", "bereik"),
    _f("proxy", E, "euro per eenheid per jaar, bijvoorbeeld 1.250,50", "number", True,
       "waarde per eenheid", "waarde", "proxy", "financiele proxy", "bedrag per eenheid",
       "prijs per eenheid", "eenheidsprijs", "kosten per eenheid", "value", "value per unit",
       "unit value", "financial proxy", "waarde euro", "maatschappelijke waarde"),
    _f("proxy_source", E, "waar de waarde vandaan komt (titel, uitgever, jaar)", "text_optional",
       False, "bron", "bron van de waarde", "bron proxy", "bronvermelding", "source",
       "proxy source", "bron waarde"),
    _f("proxy_key", E, "", "optional_key", False, "proxy uit bibliotheek", "proxy key",
       "proxysleutel"),
    _f("start_year", E, "projectjaar waarin het effect begint (1 = eerste jaar; of een "
       "jaartal)", "year", False, "startjaar", "start jaar", "beginjaar", "start year",
       "eerste jaar", "vanaf jaar", "start"),
    _f("duration", E, "aantal jaren dat het effect duurt, bijvoorbeeld 3", "integer", True,
       "duur", "duur jaren", "looptijd", "looptijd effect", "duration", "aantal jaren", "jaren",
       "duur in jaren", "years"),
    _f("deadweight", E, "deel dat ook zonder project was gebeurd: 0,2 of 20%", "share", True,
       "nul effect", "nuleffect", "deadweight", "dead weight"),
    _f("displacement", E, "deel dat alleen naar elders verschoof: 0 of 0%", "share", False,
       "verplaatsing", "displacement", "verdringing", "verschuiving"),
    _f("attribution", E, "deel van de verandering dat door anderen komt: 0,25 of 25%", "share",
       True, "toerekening", "toerekening aan anderen", "attributie", "attribution"),
    _f("drop_off", E, "deel waarmee het effect elk jaar afneemt: 0,1 of 10%", "share", False,
       "uitval", "drop off", "dropoff", "afname", "afname per jaar", "verval", "uitdoving"),
    _f("hours_per_unit", E, "uren die de sector per eenheid bespaart (leeg: via loonkosten)",
       "optional_number", False, "uren bespaard per eenheid", "uren per eenheid", "uren",
       "bespaarde uren", "hours per unit", "hours saved per unit", "hours"),
    FieldSpec("quantity_ex_post", "gemeten aantal per jaar (ex post)", "", "optional_number",
              False, ("gemeten aantal", "gemeten aantal per jaar", "aantal ex post",
                      "measured quantity")),
)
COST_FIELDS: tuple[FieldSpec, ...] = (
    _f("year", C, "Uitleg (deze rij wordt overgeslagen): projectjaar (1 = eerste jaar) of een "
       "jaartal", "year", True, "jaar", "projectjaar", "year", "kalenderjaar", "boekjaar"),
    _f("financier", C, "wie betaalt: gemeente, zorgverzekeraar, aanbieder, fonds, rijk, …", "key",
       True, "financier", "financiers", "betaler", "wie betaalt", "funder", "payer",
       "bekostiger", "financiering", "partij"),
    _f("amount", C, "bedrag in euro in dat jaar, bijvoorbeeld 45.000", "number", True,
       "bedrag", "bedrag euro", "kosten", "amount", "cost", "costs", "investering", "budget",
       "uitgaven", "subsidie", "bedrag in euro"),
)
FIELDS: dict[str, tuple[FieldSpec, ...]] = {EFFECTS: EFFECT_FIELDS, COSTS: COST_FIELDS}
TEMPLATE_FIELDS = {
    EFFECTS: tuple(f for f in EFFECT_FIELDS if f.explanation),
    COSTS: COST_FIELDS,
}
# A row whose first cell starts with one of these is skipped (the Dutch and English template).
EXPLANATION_MARKS = ("uitleg", "explanation")
# The English editor's headers: an English table copied out of the app, or the English
# template, comes back in as well.
_ENGLISH = {spec: (headers(kind, "en").get(spec.name),) for kind, specs in FIELDS.items()
            for spec in specs}


def field_spec(kind: str, name: str) -> FieldSpec:
    return next(f for f in FIELDS[kind] if f.name == name)


def normalise(header: Any) -> str:
    """'Nul-effect (Deadweight) €' -> 'nul effect deadweight'."""
    text = unicodedata.normalize("NFKD", str(header)).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def _names(spec: FieldSpec) -> list[str]:
    english = [normalise(h) for h in _ENGLISH.get(spec, ()) if h]
    return [normalise(spec.header), *english, *(normalise(s) for s in spec.synonyms)]


def _parts(header: Any) -> list[str]:
    """The header, and the text outside and inside its brackets: 'a (b)' -> a b, a, b."""
    text = str(header)
    inside = re.findall(r"\(([^)]*)\)", text)
    outside = re.sub(r"\([^)]*\)", " ", text)
    return [p for p in (normalise(text), normalise(outside), *(normalise(i) for i in inside)) if p]


def match_field(header: Any, kind: str, strict: bool = False) -> tuple[str | None, int]:
    """(field, strength) for one header: 3 exact, 2 whole words, 1 near-spelling, 0 none.

    ``strict`` stops after the exact step (used to find the header row).
    """
    if header is None or not str(header).strip():
        return None, 0
    specs = FIELDS[kind]
    for part in _parts(header):
        for spec in specs:
            if part in _names(spec):
                return spec.name, 3
    if strict:
        return None, 0
    words = f" {normalise(header)} "
    best, best_len = None, 0
    for spec in specs:
        for name in _names(spec):
            if len(name) >= 4 and f" {name} " in words and len(name) > best_len:
                best, best_len = spec.name, len(name)
    if best:
        return best, 2
    everything = {name: spec.name for spec in specs for name in _names(spec) if len(name) >= 5}
    close = difflib.get_close_matches(normalise(header), list(everything), n=1, cutoff=0.85)
    return (everything[close[0]], 1) if close else (None, 0)


def guess_mapping(headers: list[Any], kind: str) -> dict[int, str | None]:
    """Column index -> field (None: not imported). Each field goes to one column: the
    best match, the leftmost on a tie."""
    matches = [(i, *match_field(h, kind)) for i, h in enumerate(headers)]
    mapping: dict[int, str | None] = {i: None for i in range(len(headers))}
    taken: set[str] = set()
    for i, name, strength in sorted(matches, key=lambda m: (-m[2], m[0])):
        if name and strength and name not in taken:
            mapping[i] = name
            taken.add(name)
    return mapping


def kind_score(headers: list[Any], kind: str) -> tuple[int, int]:
    """(required fields found, fields found): how well these headers fit a table kind."""
    found = {f for f in guess_mapping(headers, kind).values() if f}
    required = {f.name for f in FIELDS[kind] if f.required}
    return len(found & required), len(found)


def guess_kind(headers: list[Any]) -> str | None:
    """'effects', 'costs', or None when the headers fit neither."""
    effects, costs = kind_score(headers, EFFECTS), kind_score(headers, COSTS)
    if effects[1] < 2 and costs[1] < 2:  # one familiar word is not yet a table
        return None
    return COSTS if costs > effects else EFFECTS


def find_header(rows: list[tuple[int, list[Any]]], look: int = 20) -> int:
    """Index (into ``rows``) of the header row: the first with two exactly recognised
    names for one kind of table, else the first row (title rows above are skipped)."""
    for index, (_number, cells) in enumerate(rows[:look]):
        for kind in FIELDS:
            known = {match_field(c, kind, strict=True)[0] for c in cells if isinstance(c, str)}
            if len(known - {None}) >= 2:
                return index
    return 0


def is_explanation(cells: list[Any]) -> bool:
    first = next((c for c in cells if c is not None), None)
    return isinstance(first, str) and normalise(first).startswith(EXPLANATION_MARKS)
