"""Over de methode: the formulas, the discount convention, the FTE routes and the
provenance of every reference figure (searchable, illustrative rows marked), in the
chosen language. The full method is docs/method.md; this page is its short version."""

from __future__ import annotations

import pandas as pd
import streamlit as st
from babel.numbers import format_decimal

from impactkaart.core.reference import default_reference
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.names import provenance_table
from impactkaart.text.summary import seor_benchmark
from views.components import conventions
from views.components.page import open_page
from views.components.session import page_key

SEARCH_KEY = "bron_zoeken"
TABLE_FILTER_KEY = "bron_tabel"
ILLUSTRATIVE_KEY = "bron_illustratief"
ILLUSTRATIVE_ROW = "background-color: #FFF1D6"  # soft orange: visible, still readable

# Sources and publishers come from our own impactkaart/data/, not from a user: shown as written.
ctx = open_page("method_title", needs_project=False)
lang = ctx.lang
reference = default_reference()
rate_row = reference.parameters.loc[reference.parameters["key"] == "discount_rate"].iloc[0]
rate = formats.percent(reference.discount_rate, lang, decimals=2)
benchmark = seor_benchmark(reference)


def w(key: str) -> str:
    """A word inside a formula, set upright."""
    return rf"\text{{{t('method.' + key, lang)}}}"


st.info(t("method.full_method", lang), icon=":material/menu_book:")
st.markdown(t("method.model", lang))
st.latex(
    w("tex_net") + r"_k = q \times p \times (1-\mathit{dw})(1-\mathit{ds})(1-\mathit{at})"
    r"\times(1-\mathit{do})^{\,k-1}"
)
st.markdown(t("method.legend", lang))

st.subheader(t("method.pv_title", lang))
pv = rf"\mathrm{{{t('method.tex_pv', lang)}}}"
st.latex(pv + r" = \sum_{y} \frac{" + w("tex_amount") + r"_y}{(1+r)^{\,y-1}}")
st.latex(
    w("tex_factor") + r" = \frac{" + pv + "(" + w("tex_benefits") + ")}{" + pv + "("
    + w("tex_costs") + r")}\qquad \mathrm{" + t("method.tex_npv", lang) + "} = " + pv + "("
    + w("tex_benefits") + ") - " + pv + "(" + w("tex_costs") + ")"
)
st.markdown(t(
    "method.discounting", lang, rate=rate,
    source=f"[{rate_row['source_title']}]({rate_row['url']})",
    publisher=rate_row["publisher"], year=rate_row["source_year"],
))
st.markdown(t("method.results", lang))
conventions.about(lang)  # every discounting convention, its source, the rate sensitivity

st.subheader(t("method.fte_title", lang))
st.markdown(t("method.fte_intro", lang))
fte = w("tex_fte")
st.latex(
    w("tex_route_hours") + r"\quad " + fte + r" = \frac{" + w("tex_net_units") + r" \times "
    + w("tex_hours_per_unit") + "}{" + w("tex_productive_hours") + "}"
)
st.latex(
    w("tex_route_share") + r"\quad " + fte + r" = \frac{" + w("tex_net_value") + r" \times "
    + w("tex_labour_share") + "}{" + w("tex_labour_cost") + "}"
)
st.warning(t("method.fte_own", lang), icon=":material/info:")

st.subheader(t("method.more_title", lang))
st.markdown(t("method.more", lang))

st.subheader(t("method.benchmark_title", lang))
st.markdown(t(
    "method.benchmark", lang, value=formats.factor(benchmark.value, lang),
    n_cases=benchmark.n_cases, n_mkba=benchmark.n_mkba,
    source=f"[{benchmark.source}]({benchmark.url})", publisher=benchmark.publisher,
    year=benchmark.year,
))

# --- provenance table ------------------------------------------------------------------
st.subheader(t("provenance_title", lang))
st.markdown(t("provenance_intro", lang))
provenance = provenance_table(lang, reference)

search_col, table_col, flag_col = st.columns([3, 2, 2], vertical_alignment="bottom")
query = search_col.text_input(
    t("search", lang), key=page_key(SEARCH_KEY), placeholder=t("search_placeholder", lang)
)
tables = table_col.multiselect(
    t("filter_table", lang),
    sorted(provenance["tabel"].unique()),
    key=page_key(TABLE_FILTER_KEY),
    placeholder=t("all_tables", lang),
)
only_illustrative = flag_col.toggle(t("only_illustrative", lang), key=page_key(ILLUSTRATIVE_KEY))

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
