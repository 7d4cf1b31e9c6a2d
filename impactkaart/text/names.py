"""Names of parties (stakeholders, financiers) and sectors in Dutch and English, and the
other words of the reference tables in impactkaart/data/ in the chosen language.

Project files hold keys (``politie_justitie``); people see these names, never the keys.
"""

from __future__ import annotations

import functools

import pandas as pd

from impactkaart.core.reference import Reference, default_reference
from impactkaart.text.catalogue import t


def _readable(key: str) -> str:
    text = key.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def party_label(party: str, lang: str = "nl", reference: Reference | None = None) -> str:
    """The name of a common party (impactkaart/data/parties.csv) in ``lang``. Stakeholders
    and financiers are free keys in a project: any other is shown as its key made
    readable ("mijn_partij" -> "Mijn partij")."""
    names = _party_names(lang) if reference is None else _parties_of(reference, lang)
    return names.get(party) or _readable(party)


def _parties_of(reference: Reference, lang: str) -> dict[str, str]:
    return {row["key"]: data_text(row, "label", lang) for _, row in reference.parties.iterrows()}


@functools.cache
def _party_names(lang: str) -> dict[str, str]:
    # Called for every row of every chart and table: one dict per language, not a query each.
    return _parties_of(default_reference(), lang)


def party_labels() -> dict[str, dict[str, str]]:
    """key -> {"nl": name, "en": name} of every party in parties.csv (e.g. to read a party
    written by its name in an imported table)."""
    return {key: {lang: _party_names(lang)[key] for lang in ("nl", "en")}
            for key in _party_names("nl")}


def __getattr__(name: str):
    # PARTY_LABELS was a dict in this module before the names moved to parties.csv;
    # importers of it get the same shape, read from the data (loaded on first use).
    if name == "PARTY_LABELS":
        return party_labels()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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


def source_year_text(value: str, lang: str = "nl") -> str:
    """A year or price year from data/: "n.b." (not known) in the chosen language."""
    return t("method.unknown", lang) if value.strip() in {"n.b.", "n.v.t."} else value


def provenance_table(lang: str = "nl", reference: Reference | None = None) -> pd.DataFrame:
    """Every reference figure with its source (`Reference.provenance`), worded in ``lang``:
    columns ``tabel`` (the table's name), ``naam`` (parameter or proxy label; a sector
    figure as "sector – figure"), ``value``, ``unit`` and the provenance columns, with
    ``note`` and ``confidence`` in ``lang``. Titles and publishers stay as published."""
    ref = reference or default_reference()
    rows = ref.provenance()
    names = [
        f"{sector_label(r['sector'], lang, ref)} – {t('method.figure_' + r['figure'], lang)}"
        if r["tabel"] == "sector_figures" else data_text(r, "label", lang)
        for _, r in rows.iterrows()
    ]
    shown = rows.assign(
        tabel=[t(f"method.table_{key}", lang) for key in rows["tabel"]],
        naam=names,
        unit=[data_text(r, "unit", lang) for _, r in rows.iterrows()],
        note=[data_text(r, "note", lang) for _, r in rows.iterrows()],
        confidence=[t(f"method.confidence_{c}", lang) if c else "" for c in rows["confidence"]],
        source_year=[source_year_text(v, lang) for v in rows["source_year"]],
        price_year=[source_year_text(v, lang) for v in rows["price_year"]],
    )
    return shown.drop(columns=["label_nl", "label_en", "sector", "figure", "unit_en", "note_en"])
