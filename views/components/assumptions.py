"""The what-if panel: sliders for the discount rate and each effect's shares.

The sliders hold percentages under keys ``aanname_discontovoet`` and
``aanname_<field>_<effect index>``. A slider left at its saved position gives
back the saved fraction itself (not percent ÷ 100), so an untouched panel
computes exactly the saved project. Nothing here saves: the caller computes
the returned assumptions through the engine.

Each effect's sliders sit in an expander that is drawn only while it is open
(a stateful expander, key ``aanname_open_<index>``): a slider move then redraws
three sliders instead of all of them, which keeps the page quick. What was
chosen in a closed expander is kept in plain session state (``VALUES_KEY``).
"""

from __future__ import annotations

import functools

import streamlit as st

from impactkaart.core.model import Project
from impactkaart.core.reference import default_reference
from impactkaart.core.whatif import SLIDER_SHARES, Assumptions, EffectAssumption, assumptions_of
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.safe import md
from views.components import basis
from views.components.session import project_key

PREFIX = "aanname_"
RATE_KEY = f"{PREFIX}discontovoet"
VALUES_KEY = f"{PREFIX}waarden"  # slider key -> chosen percent, also for closed expanders
_OWNER_KEY = "assumptions_owner"  # which saved project the sliders belong to
RATE_STEPS = [x / 4 for x in range(0, 41)]  # 0 % … 10 % in steps of 0,25 %
SHARE_STEPS = [float(x) for x in range(0, 101, 5)]  # 0 % … 100 % in steps of 5 %


def share_key(field: str, index: int) -> str:
    return f"{PREFIX}{field}_{index}"


def open_key(index: int) -> str:
    """The session key of effect ``index``'s expander (True: open)."""
    return project_key(f"open_effect_{index}")


def _clear() -> None:
    mine = (PREFIX, project_key(PREFIX))  # the values kept and the sliders' own keys
    for key in [k for k in st.session_state if str(k).startswith(mine)]:
        del st.session_state[key]


def _percent(fraction: float) -> float:
    return formats.as_percent(fraction)


def _fraction(saved: float, chosen_percent: float) -> float:
    return saved if chosen_percent == _percent(saved) else formats.from_percent(chosen_percent)


def _chosen(key: str, saved: float) -> float:
    """The percent last chosen on slider ``key`` (drawn or not), else the saved one."""
    return st.session_state.get(VALUES_KEY, {}).get(key, _percent(saved))


@functools.lru_cache(maxsize=4096)
def _percent_text(value: float, lang: str) -> str:
    # Streamlit formats every option of every slider on each rerun: cached, a slider
    # move does not pay for hundreds of babel calls. Each option with the decimals it
    # needs: '30%' beside a saved '33,3%', not '30,00%' for all of them.
    decimals = next(d for d in (0, 1, 2) if round(value, d) == round(value, 6) or d == 2)
    return formats.percent(formats.from_percent(value), lang, decimals=decimals)


@functools.cache
def _rate_help(lang: str) -> str:
    """The rate slider's help: the default rate and its publisher. Kept per process (the
    reference data do not change while it runs): a pandas lookup on every slider move."""
    reference = default_reference()
    rate_row = reference.parameters.loc[reference.parameters["key"] == "discount_rate"].iloc[0]
    return t("discount_rate_help", lang, rate=formats.percent(reference.discount_rate, lang, decimals=2),
             source=rate_row["publisher"])


def _slider(label: str, saved: float, steps: list[float], key: str, lang: str, help=None) -> float:
    """A select slider in percent; returns the fraction (the saved one when untouched)."""
    start = _percent(saved)
    options = sorted({*steps, start})
    chosen = st.select_slider(
        label,
        options=options,
        value=_chosen(key, saved),
        format_func=functools.partial(_percent_text, lang=lang),
        key=project_key(key),
        help=help,
    )
    st.session_state.setdefault(VALUES_KEY, {})[key] = chosen
    return _fraction(saved, chosen)


def show(project: Project, owner: object, lang: str = "nl") -> Assumptions:
    """Draw the panel (in the current container) and return the chosen assumptions.

    ``owner`` identifies the saved project (e.g. its id and its saved values):
    when it changes, the sliders start again from the saved values.
    """
    if st.session_state.get(_OWNER_KEY) != owner:
        _clear()
        st.session_state[_OWNER_KEY] = owner
    saved = assumptions_of(project)
    st.subheader(t("assumptions_title", lang))
    st.caption(t("assumptions_intro", lang))
    st.button(t("reset", lang), on_click=_clear, icon=":material/undo:", key="reset_assumptions")
    rate = _slider(t("discount_rate", lang), saved.discount_rate, RATE_STEPS, RATE_KEY, lang,
                   help=_rate_help(lang))
    effects = []
    for i, (effect, values) in enumerate(zip(project.effects, saved.effects)):
        expander = st.expander(md(effect.outcome), key=open_key(i), on_change="rerun")
        chosen = {}
        for field in SLIDER_SHARES:
            key, value = share_key(field, i), getattr(values, field)
            if expander.open:
                with expander:
                    chosen[field] = _slider(t(field, lang), value, SHARE_STEPS, key, lang)
            else:
                chosen[field] = _fraction(value, _chosen(key, value))
        if expander.open:
            with expander:
                basis.show(effect, lang)  # what the saved values rest on, read-only
        effects.append(EffectAssumption(**chosen))
    return Assumptions(discount_rate=rate, effects=tuple(effects))
