"""Sourced reference data from ``impactkaart/data/``: parameters, sectors, proxies, project
types, reference effects and the names of the common parties.

Every row of every figure file carries its provenance (source, publisher, year, price
year, url, confidence) or ``illustratief = true``. `Reference` exposes the
figures the engine needs as plain dicts and keeps the full tables (with their
provenance columns) for the UI's "Over de methode" page and the exports.

Every word a page shows from these tables has an English twin beside the Dutch one
(``label_nl``/``label_en``, ``unit``/``unit_en``, ``note``/``note_en``,
``outcome``/``outcome_en``, ``description_nl``/``description_en``): `TEXT_TWINS`
lists the pairs and `load_reference` refuses a table where a Dutch text has no English.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pandas as pd

# Package data, so a wheel installed anywhere (not only a checkout) finds its figures.
DATA_DIR = Path(str(resources.files("impactkaart") / "data"))
PROVENANCE_COLUMNS = [
    "source_title",
    "publisher",
    "source_year",
    "price_year",
    "url",
    "confidence",
    "illustratief",
    "note",
]
YEAR = re.compile(r"(19|20)\d\d")
UNKNOWN_YEAR = ("n.b.", "n.v.t.")  # not known; not applicable (a rate, a count of hours)
# What proxies.csv holds beside the provenance: whether a figure is a transfer (what the
# stakeholder saves, transfer_from loses: no gain for society) and, for a composite figure,
# the library's proxies it includes (``includes``, keys separated by ";").
PROXY_COLUMNS = ("key", "value", "default_stakeholder", "default_sector", "transfer",
                 "transfer_from", "includes")
SECTOR_FIGURES = ("productive_hours_per_fte", "labour_cost_per_fte", "labour_share")
# Dutch text column -> its English twin. Source titles and publishers are names of
# publications and stay as published.
TEXT_TWINS = {
    "label_nl": "label_en",
    "unit": "unit_en",
    "note": "note_en",
    "outcome": "outcome_en",
    "description_nl": "description_en",
}


class ReferenceDataError(RuntimeError):
    """A reference file in data/ is missing, malformed or unsourced."""


def _read(path: Path) -> pd.DataFrame:
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except FileNotFoundError as exc:
        raise ReferenceDataError(f"{path.name}: bestand ontbreekt in {path.parent}") from exc
    missing = [c for c in PROVENANCE_COLUMNS if c not in frame.columns]
    if missing:
        raise ReferenceDataError(f"{path.name}: kolommen ontbreken: {', '.join(missing)}")
    frame["illustratief"] = frame["illustratief"].str.strip().str.lower().eq("true")
    for i, row in frame.iterrows():
        if not row["illustratief"] and not all(
            row[c].strip() for c in ("source_title", "publisher", "source_year", "price_year")
        ):
            raise ReferenceDataError(
                f"{path.name}, rij {i + 2}: geen bron, uitgever, jaar of prijsjaar, "
                "en niet gemarkeerd als illustratief"
            )
        _check_years(path.name, i + 2, row)
    return frame


def _check_years(name: str, line: int, row: pd.Series) -> None:
    """``source_year`` is the year of the figure itself, ``price_year`` the year of its euros:
    a year, ``n.b.`` (not known) or ``n.v.t.`` (a rate or count has no price level). A figure
    whose price year is not known is not rated confidence ``hoog`` (docs/method.md, "Data checks")."""
    for column in ("source_year", "price_year"):
        value = row[column].strip()
        if value and value not in UNKNOWN_YEAR and not YEAR.fullmatch(value):
            raise ReferenceDataError(
                f"{name}, rij {line}: kolom {column} is '{value}', geen jaar, "
                "'n.b.' of 'n.v.t.'"
            )
    if row["price_year"].strip() == "n.b." and row["confidence"].strip() == "hoog":
        raise ReferenceDataError(
            f"{name}, rij {line}: prijsjaar onbekend (n.b.) maar betrouwbaarheid 'hoog'"
        )


def _plain(path: Path) -> pd.DataFrame:
    """A table without provenance columns (names and descriptions, no figures)."""
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except FileNotFoundError as exc:
        raise ReferenceDataError(f"{path.name}: bestand ontbreekt in {path.parent}") from exc


def missing_english(frame: pd.DataFrame) -> list[tuple[int, str]]:
    """(file row, English column) of every Dutch text whose English twin is absent or empty;
    rows counted as in the file (header = row 1)."""
    gaps = []
    for dutch, english in TEXT_TWINS.items():
        if dutch not in frame.columns:
            continue
        twin = frame[english] if english in frame.columns else pd.Series("", index=frame.index)
        for i in frame.index[(frame[dutch].str.strip() != "") & (twin.str.strip() == "")]:
            gaps.append((int(i) + 2, english))
    return gaps


def _numeric(frame: pd.DataFrame, column: str = "value") -> pd.DataFrame:
    frame[column] = pd.to_numeric(frame[column], errors="raise")
    return frame


@dataclass(frozen=True)
class Reference:
    parameters: pd.DataFrame
    sectors: pd.DataFrame
    sector_figure_table: pd.DataFrame
    proxies: pd.DataFrame
    project_types: pd.DataFrame
    reference_effects: pd.DataFrame
    parties: pd.DataFrame
    # --- the price level (issue 15 item 4): cpi.csv, see load_cpi ---
    cpi_table: pd.DataFrame | None = None

    @functools.cached_property
    def cpi(self) -> dict[int, float]:
        """year -> CPI relative to the series' last year (that year = 1)."""
        if self.cpi_table is None:
            return {}
        return {int(y): 1.0 / float(v) for y, v in zip(self.cpi_table["year"], self.cpi_table["value"])}

    @property
    def latest_price_year(self) -> int:
        """The default price level of a project: the last year of the CPI series."""
        return max(self.cpi)

    def price_index(self, to_year: int, from_year: int | None) -> float | None:
        """CPI[to_year] / CPI[from_year]: euros of ``from_year`` in euros of ``to_year``;
        None when either year is not in the series (the caller flags it)."""
        if from_year is None or to_year not in self.cpi or from_year not in self.cpi:
            return None
        return self.cpi[to_year] / self.cpi[from_year]

    @functools.cached_property
    def proxy_price_years(self) -> dict[str, int | None]:
        """proxy key -> its price year, None where the library says it is not known (n.b.)."""
        return {str(k): _year(v) for k, v in zip(self.proxies["key"], self.proxies["price_year"])}

    @functools.cached_property
    def labour_cost_price_years(self) -> dict[str, int | None]:
        """sector -> the price year of its labour cost per FTE in sector_figures.csv."""
        rows = self.sector_figure_table.loc[
            self.sector_figure_table["figure"] == "labour_cost_per_fte"]
        return {str(s): _year(v) for s, v in zip(rows["sector"], rows["price_year"])}

    @functools.cached_property
    def _parameter_values(self) -> dict[str, float]:
        """key -> value of parameters.csv, the first row of a key as a lookup found it:
        a pandas lookup per call cost ~1 ms, and a page asks on every rerun."""
        values: dict[str, float] = {}
        for key, value in zip(self.parameters["key"], self.parameters["value"]):
            values.setdefault(str(key), float(value))
        return values

    def parameter(self, key: str) -> float:
        try:
            return self._parameter_values[key]
        except KeyError:
            raise ReferenceDataError(f"parameters.csv: parameter '{key}' ontbreekt") from None

    @property
    def discount_rate(self) -> float:
        return self.parameter("discount_rate")

    @property
    def seor_benchmark(self) -> float:
        return self.parameter("seor_benchmark")

    @functools.cached_property
    def sector_figures(self) -> dict[str, dict[str, float]]:
        """sector -> {productive_hours_per_fte, labour_cost_per_fte, labour_share}."""
        table = self.sector_figure_table.pivot(index="sector", columns="figure", values="value")
        return {
            str(sector): {f: float(row[f]) for f in SECTOR_FIGURES}
            for sector, row in table.iterrows()
        }

    def sector_label(self, sector: str | None) -> str:
        if sector is None:
            return "geen sector"
        match = self.sectors.loc[self.sectors["sector"] == sector, "label_nl"]
        return str(match.iloc[0]) if not match.empty else sector

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table by its file name."""
        return {
            "parameters.csv": self.parameters,
            "sectors.csv": self.sectors,
            "sector_figures.csv": self.sector_figure_table,
            "proxies.csv": self.proxies,
            "project_types.csv": self.project_types,
            "reference_effects.csv": self.reference_effects,
            "parties.csv": self.parties,
            **({"cpi.csv": self.cpi_table} if self.cpi_table is not None else {}),
        }

    def provenance(self) -> pd.DataFrame:
        """One table of every reference figure with its source, for the method page.

        ``tabel`` is the file's key (parameters, sector_figures, proxies); a sector figure
        is named by its ``sector`` and ``figure`` keys, every other row by its labels, so
        the text layer words each row in either language (`text.names.provenance_table`)."""
        figures = self.sector_figure_table
        frames = [
            self.parameters.assign(tabel="parameters", sector="", figure=""),
            figures.assign(tabel="sector_figures", label_nl="", label_en=""),
            self.proxies.assign(tabel="proxies", sector="", figure=""),
        ]
        columns = ["tabel", "label_nl", "label_en", "sector", "figure", "value", "unit",
                   "unit_en", *PROVENANCE_COLUMNS, "note_en"]
        return pd.concat([f[columns] for f in frames], ignore_index=True)


def _transfers(frame: pd.DataFrame, parties: pd.DataFrame) -> pd.DataFrame:
    """``transfer`` as a bool; ``transfer_from`` (the party that loses what the stakeholder
    gains) a party of parties.csv on a transfer and empty otherwise; ``includes`` only other
    proxies of the file (docs/method.md, "Data checks"). A bad value is refused with its row,
    so no figure silently counts for society, or twice."""
    known = set(parties["key"])
    for i, row in frame.iterrows():
        transfer, source = row["transfer"].strip().lower(), row["transfer_from"].strip()
        if transfer not in ("true", "false"):
            raise ReferenceDataError(
                f"proxies.csv, rij {i + 2}: kolom transfer is '{row['transfer']}', "
                "niet true of false"
            )
        if transfer == "true" and source not in known:
            raise ReferenceDataError(
                f"proxies.csv, rij {i + 2}: kolom transfer_from is '{source}', "
                "geen partij uit parties.csv"
            )
        if transfer == "false" and source:
            raise ReferenceDataError(
                f"proxies.csv, rij {i + 2}: kolom transfer_from is gevuld ('{source}') "
                "maar transfer is false"
            )
    keys = set(frame["key"])
    for i, row in frame.iterrows():
        parts = [p.strip() for p in row["includes"].split(";") if p.strip()]
        unknown = [p for p in parts if p not in keys or p == row["key"]]
        if unknown:
            raise ReferenceDataError(
                f"proxies.csv, rij {i + 2}: kolom includes noemt '{unknown[0]}', "
                "geen andere proxy uit proxies.csv"
            )
    frame["transfer"] = frame["transfer"].str.strip().str.lower().eq("true")
    frame["transfer_from"] = frame["transfer_from"].str.strip()
    return frame


def _year(value: object) -> int | None:
    text = str(value).strip()
    return int(text) if text.isdigit() else None


def load_cpi(data_dir: Path = DATA_DIR) -> pd.DataFrame:
    """cpi.csv: per year the CBS CPI as the factor to the series' last year, sourced.

    Refused when a year is missing inside the series (indexing across a gap would
    silently skip it) or when the last year's factor is not 1."""
    frame = _numeric(_read(data_dir / "cpi.csv"))
    frame["year"] = pd.to_numeric(frame["year"], errors="raise").astype(int)
    years = sorted(frame["year"])
    if not years or years != list(range(years[0], years[-1] + 1)):
        raise ReferenceDataError("cpi.csv: de jaren moeten aaneensluitend zijn")
    if float(frame.loc[frame["year"] == years[-1], "value"].iloc[0]) != 1.0:
        raise ReferenceDataError(f"cpi.csv: het laatste jaar ({years[-1]}) moet factor 1 hebben")
    return frame.sort_values("year", ignore_index=True)


def load_reference(data_dir: Path = DATA_DIR) -> Reference:
    sector_figure_table = _numeric(_read(data_dir / "sector_figures.csv"))
    parties = _plain(data_dir / "parties.csv")
    proxies = _numeric(_read(data_dir / "proxies.csv"))
    missing = [c for c in PROXY_COLUMNS if c not in proxies.columns]
    if missing:
        raise ReferenceDataError(f"proxies.csv: kolommen ontbreken: {', '.join(missing)}")
    reference = Reference(
        parameters=_numeric(_read(data_dir / "parameters.csv")),
        sectors=_plain(data_dir / "sectors.csv"),
        sector_figure_table=sector_figure_table,
        proxies=_transfers(proxies, parties),
        project_types=_plain(data_dir / "project_types.csv"),
        reference_effects=_read(data_dir / "reference_effects.csv"),
        parties=parties,
        cpi_table=load_cpi(data_dir),
    )
    for name, frame in reference.tables().items():
        gaps = missing_english(frame)
        if gaps:
            row, column = gaps[0]
            raise ReferenceDataError(f"{name}, rij {row}: kolom {column} is leeg")
    for sector, figures in reference.sector_figures.items():
        if any(pd.isna(v) for v in figures.values()):
            raise ReferenceDataError(f"sector_figures.csv: sector '{sector}' mist een kengetal")
    return reference


@functools.cache
def default_reference() -> Reference:
    return load_reference()
