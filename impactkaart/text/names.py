"""Names of parties (stakeholders, financiers) and sectors in Dutch and English.

Project files hold keys (``politie_justitie``); people see these names, never the keys.
"""

from __future__ import annotations

import functools

from impactkaart.core.reference import Reference, default_reference

# Stakeholders and financiers are free keys in a project; these are the common
# ones. Anything else is shown as its key made readable ("mijn_partij" -> "Mijn partij").
PARTY_LABELS: dict[str, dict[str, str]] = {
    "gemeente": {"nl": "Gemeente", "en": "Municipality"},
    "zorgverzekeraar": {"nl": "Zorgverzekeraar", "en": "Health insurer"},
    "politie_justitie": {"nl": "Politie en justitie", "en": "Police and justice"},
    "schuldeisers": {"nl": "Schuldeisers", "en": "Creditors"},
    "deelnemer": {"nl": "Deelnemers", "en": "Participants"},
    "werkgever": {"nl": "Werkgevers", "en": "Employers"},
    "rijk": {"nl": "Rijk", "en": "Central government"},
    "school": {"nl": "School", "en": "School"},
    "woningcorporatie": {"nl": "Woningcorporatie", "en": "Housing association"},
    "aanbieder": {"nl": "Aanbieder", "en": "Provider"},
    "fonds": {"nl": "Fonds", "en": "Foundation"},
    "uwv": {"nl": "UWV", "en": "UWV"},
}


def _readable(key: str) -> str:
    text = key.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def party_label(party: str, lang: str = "nl") -> str:
    if party in PARTY_LABELS:
        return PARTY_LABELS[party].get(lang) or PARTY_LABELS[party]["nl"]
    return _readable(party)


def sector_label(sector: str | None, lang: str = "nl", reference: Reference | None = None) -> str:
    """The sector's name from impactkaart/data/sectors.csv ("Politie en justitie")."""
    if sector is None:
        return "geen sector" if lang == "nl" else "no sector"
    names = _sector_names(lang) if reference is None else _names_of(reference, lang)
    return names.get(sector) or _readable(sector)


def _names_of(reference: Reference, lang: str) -> dict[str, str]:
    column = "label_en" if lang == "en" else "label_nl"
    return dict(zip(reference.sectors["sector"], reference.sectors[column]))


@functools.cache
def _sector_names(lang: str) -> dict[str, str]:
    # Looked up many times per rerun (every chart row): one dict, not a pandas query each.
    return _names_of(default_reference(), lang)


def data_text(row, column: str, lang: str = "nl") -> str:
    """A word from a reference table (impactkaart/data/) in ``lang``: ``{column}_en`` in
    English, ``{column}_nl`` or ``{column}`` in Dutch. Works on a pandas row or a dict.

    Labels, units, notes and outcomes in data/ carry both languages, so a page never
    shows a Dutch data text with English chosen (tests/views/test_english.py)."""
    get = row.get if hasattr(row, "get") else row.__getitem__
    if lang == "en":
        english = get(f"{column}_en", None)
        if isinstance(english, str) and english:
            return english
    for name in (f"{column}_nl", column):
        value = get(name, None)
        if isinstance(value, str):
            return value
    return ""


def proxy_label(key: str, lang: str = "nl", reference: Reference | None = None) -> str:
    """The name of a library value (impactkaart/data/proxies.csv) in ``lang``."""
    proxies = (reference or default_reference()).proxies
    rows = proxies.loc[proxies["key"] == key]
    return data_text(rows.iloc[0], "label", lang) if len(rows) else _readable(key)


def project_type_label(project_type: str, lang: str = "nl",
                       reference: Reference | None = None) -> str:
    """The name of a project type (impactkaart/data/project_types.csv) in ``lang``."""
    types = (reference or default_reference()).project_types
    rows = types.loc[types["project_type"] == project_type]
    return data_text(rows.iloc[0], "label", lang) if len(rows) else _readable(project_type)
