"""Over de methode: the formulas, the discount convention, the FTE routes and the
provenance of every reference figure (searchable, illustrative rows marked)."""

from __future__ import annotations

import pandas as pd
import streamlit as st
from babel.numbers import format_decimal

from impactkaart.core.reference import default_reference
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.summary import seor_benchmark
from views.components import language

SEARCH_KEY = "bron_zoeken"
TABLE_FILTER_KEY = "bron_tabel"
ILLUSTRATIVE_KEY = "bron_illustratief"
ILLUSTRATIVE_ROW = "background-color: #FFF1D6"  # soft orange: visible, still readable

lang = language.current()
reference = default_reference()
rate_row = reference.parameters.loc[reference.parameters["key"] == "discount_rate"].iloc[0]
rate = formats.percent(reference.discount_rate, lang, decimals=2)
benchmark = seor_benchmark(reference)

st.title(t("method_title", lang))

if lang == "en":
    st.markdown(
        """
A project has **costs** per year and per financier, and **effects**: outcomes that a
stakeholder values, with a quantity per year and a price per unit (the *proxy*) from a
sourced library. For an effect in its *k*-th year (*k* = 1 … duration):
"""
    )
else:
    st.markdown(
        """
Een project heeft **kosten** per jaar en per financier, en **effecten**: uitkomsten die
een belanghebbende waardeert, met een aantal per jaar en een prijs per eenheid (de
*proxy*) uit een bibliotheek met bronnen. Voor een effect in zijn *k*-de jaar
(*k* = 1 … looptijd):
"""
    )
st.latex(
    r"\text{netto}_k = q \times p \times (1-\mathit{dw})(1-\mathit{ds})(1-\mathit{at})"
    r"\times(1-\mathit{do})^{\,k-1}"
)
st.markdown(
    "*q* = aantal, *p* = proxy (€ per eenheid), *dw* = deadweight (was toch gebeurd), "
    "*ds* = displacement (alleen verplaatst), *at* = attributie (door anderen), "
    "*do* = drop-off (afname per jaar)."
    if lang == "nl"
    else "*q* = quantity, *p* = proxy (€ per unit), *dw* = deadweight, *ds* = displacement, "
    "*at* = attribution, *do* = drop-off (fading per year)."
)

st.subheader("Contante waarde en rendementsfactor" if lang == "nl" else "Present value and return factor")
st.latex(r"\mathrm{CW} = \sum_{y} \frac{\text{bedrag}_y}{(1+r)^{\,y-1}}")
st.latex(
    r"\text{rendementsfactor} = \frac{\mathrm{CW}(\text{baten})}{\mathrm{CW}(\text{kosten})}"
    r"\qquad \mathrm{NCW} = \mathrm{CW}(\text{baten}) - \mathrm{CW}(\text{kosten})"
)
source_link = f"[{rate_row['source_title']}]({rate_row['url']})"
if lang == "en":
    st.markdown(
        f"""
**Discount convention: start of the year.** An amount in project year *y* is discounted
to the start of the project with 1/(1+r)^(y−1): **year 1 is not discounted**. This holds for
costs and benefits alike, and every export states it. The default rate is **{rate}**
(real), the Dutch rate for social cost-benefit analyses: {source_link},
{rate_row['publisher']} ({rate_row['source_year']}). A project may set its own rate.

The **payback year** is the first project year in which cumulative discounted benefits reach
cumulative discounted costs. **Per party** ("who invests, who benefits") the same present
values are split by the stakeholder that receives a benefit and the financier that pays a cost.
"""
    )
else:
    st.markdown(
        f"""
**Disconteringsconventie: begin van het jaar.** Een bedrag in projectjaar *y* wordt naar
de start van het project verdisconteerd met 1/(1+r)^(y−1): **jaar 1 wordt niet
verdisconteerd**. Dat geldt voor kosten en baten, en elke export vermeldt het. De
standaard discontovoet is **{rate}** (reëel), de Nederlandse MKBA-discontovoet:
{source_link}, {rate_row['publisher']} ({rate_row['source_year']}). Een project kan een
eigen discontovoet hebben.

Het **terugverdienjaar** is het eerste projectjaar waarin de opgetelde verdisconteerde
baten de opgetelde verdisconteerde kosten bereiken. **Per partij** ("wie investeert, wie
profiteert") worden dezelfde contante waarden verdeeld naar de belanghebbende die een baat
ontvangt en de financier die een kost betaalt.
"""
    )

st.subheader("Arbeidsmarkteffecten (fte)" if lang == "nl" else "Labour-market effects (FTE)")
st.markdown(
    "Per effect met een sector, per jaar, **niet verdisconteerd** — twee routes:"
    if lang == "nl"
    else "Per effect with a sector, per year, **not discounted** — two routes:"
)
st.latex(
    r"\text{1. met uren per eenheid:}\quad \mathrm{fte} = "
    r"\frac{\text{netto eenheden} \times \text{uren per eenheid}}{\text{productieve uren per fte}}"
)
st.latex(
    r"\text{2. zonder:}\quad \mathrm{fte} = "
    r"\frac{\text{netto waarde} \times \text{personeelsaandeel}}{\text{loonkosten per fte}}"
)
st.warning(
    "Deze fte-methode is **onze eigen** uitwerking. De originele Impactkaart rekent ook "
    "arbeidsmarkteffecten uit, maar haar methode is niet gepubliceerd; onze cijfers zijn "
    "daarmee niet één-op-één vergelijkbaar. De sectorkengetallen staan hieronder, met bron "
    "of als illustratief gemarkeerd."
    if lang == "nl"
    else "This FTE method is **our own**. The original Impactkaart also reports labour-market "
    "effects, but its method is unpublished, so our figures are not directly comparable. The "
    "sector figures are listed below, with their source or marked illustrative.",
    icon=":material/info:",
)

st.subheader("Benchmark")
st.markdown(
    (
        f"De SEOR-meta-analyse voor Sociaal Werk werkt! vond een gemiddelde rendementsfactor van "
        f"**{formats.factor(benchmark.value, lang)}** over {benchmark.n_cases} businesscases uit "
        f"{benchmark.n_mkba} MKBA's. Bron: [{benchmark.source}]({benchmark.url}), "
        f"{benchmark.publisher} ({benchmark.year}). Per type sociaal werk is dit gemiddelde niet "
        "beschikbaar."
    )
    if lang == "nl"
    else (
        f"The SEOR meta-analysis for Sociaal Werk werkt! found an average return factor of "
        f"**{formats.factor(benchmark.value, lang)}** over {benchmark.n_cases} business cases from "
        f"{benchmark.n_mkba} SCBAs. Source: [{benchmark.source}]({benchmark.url}), "
        f"{benchmark.publisher} ({benchmark.year}). It is not available per type of social work."
    )
)

# --- provenance table ------------------------------------------------------------------
st.subheader(t("provenance_title", lang))
st.markdown(t("provenance_intro", lang))
provenance = reference.provenance()

search_col, table_col, flag_col = st.columns([3, 2, 2], vertical_alignment="bottom")
query = search_col.text_input(
    t("search", lang), key=SEARCH_KEY, placeholder=t("search_placeholder", lang)
)
tables = table_col.multiselect(
    t("filter_table", lang),
    sorted(provenance["tabel"].unique()),
    key=TABLE_FILTER_KEY,
    placeholder=t("all_tables", lang),
)
only_illustrative = flag_col.toggle(t("only_illustrative", lang), key=ILLUSTRATIVE_KEY)

shown = provenance
if query.strip():
    text = shown.astype(str).agg(" ".join, axis=1).str.lower()
    for word in query.lower().split():
        shown = shown.loc[text.loc[shown.index].str.contains(word, regex=False)]
if tables:
    shown = shown.loc[shown["tabel"].isin(tables)]
if only_illustrative:
    shown = shown.loc[shown["illustratief"]]

st.caption(
    t(
        "rows_shown",
        lang,
        shown=len(shown),
        total=len(provenance),
        illustrative=int(provenance["illustratief"].sum()),
    )
)

columns = {
    "tabel": t("prov_table", lang),
    "naam": t("prov_name", lang),
    "value": t("prov_value", lang),
    "unit": t("prov_unit", lang),
    "illustratief": t("prov_illustrative", lang),
    "source_title": t("prov_source", lang),
    "publisher": t("prov_publisher", lang),
    "source_year": t("prov_year", lang),
    "price_year": t("prov_price_year", lang),
    "confidence": t("prov_confidence", lang),
    "url": t("prov_url", lang),
    "note": t("prov_note", lang),
}
view = shown[list(columns)].rename(columns=columns).reset_index(drop=True)
flag = columns["illustratief"]


def _value(v: float) -> str:
    return format_decimal(v, format="#,##0.######", locale=formats.LOCALES[lang])


def _mark_illustrative(row: pd.Series) -> list[str]:
    return [ILLUSTRATIVE_ROW if row[flag] else ""] * len(row)


styled = view.style.format({columns["value"]: _value}).apply(_mark_illustrative, axis=1)
st.dataframe(
    styled,
    hide_index=True,
    column_config={
        flag: st.column_config.CheckboxColumn(flag, width="small"),
        columns["url"]: st.column_config.LinkColumn(columns["url"], display_text="🔗"),
        columns["note"]: st.column_config.TextColumn(columns["note"], width="large"),
    },
    height=560,
)
