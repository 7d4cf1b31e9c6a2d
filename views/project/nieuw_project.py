"""Nieuw project: the three Impactkaart steps as a wizard.

The answers live in ``st.session_state["wizard"]`` (plain state, so they
survive going back and forth and visiting other pages); the widgets only show
and change them. Nothing is saved until the last step is valid.
"""

from __future__ import annotations

import streamlit as st

from impactkaart.authoring import wizard
from impactkaart.core.engine import compute
from impactkaart.core.reference import default_reference
from impactkaart.text import formats
from impactkaart.text.catalogue import mid_sentence, t
from impactkaart.text.names import data_text, party_label, project_type_label
from impactkaart.text.proxies import overlap_warnings
from views.components import pages, plausibility
from views.components.numbers import number_field, unsettled
from views.components.page import open_page
from views.components.session import PROJECT_KEY, page_key

STATE, STEP, TRIED = "wizard", "wizard_step", "wizard_tried"
DEFAULTS = {"name": "", "project_type": None, "years": 3, "start_year": None, "reach": None,
            "financiers": ["gemeente"], "amounts": {}, "changes": {}}

ss = st.session_state
answers: dict = ss.setdefault(STATE, {k: (v.copy() if hasattr(v, "copy") else v)
                                      for k, v in DEFAULTS.items()})
ss.setdefault(STEP, 1)
ss.setdefault(TRIED, set())
reference = default_reference()
page = open_page("wizard.title", needs_project=False)
lang = page.lang


def current_input() -> wizard.WizardInput:
    effects = (wizard.reference_effects(answers["project_type"], reference)
               if answers["project_type"] else [])
    changes = answers["changes"].get(answers["project_type"], {})
    return wizard.WizardInput(
        name=answers["name"],
        project_type=answers["project_type"] or "",
        years=answers["years"],
        start_year=answers["start_year"],
        reach=answers["reach"],
        costs=tuple((f, answers["amounts"].get(f) or 0.0) for f in answers["financiers"]),
        changes=tuple(formats.from_percent(changes.get(j, 0)) for j in range(len(effects))),
    )


def compact(value: float) -> str:
    """4 -> '4', 0.3 -> '0,3', 1125.5 -> '1.125,5': no trailing zeros for a reader."""
    if float(value).is_integer():
        return formats.number(value, lang=lang, decimals=0)
    return formats.number(value, lang=lang, decimals=3).rstrip("0").rstrip(",.")


def step_indicator(step: int) -> None:
    columns = st.columns(3)
    for n, column in zip(wizard.STEPS, columns):
        title = t("wizard.step", lang, number=n, title=wizard.step_title(n, lang))
        if n < step:
            column.markdown(f":green[✓ {title}]")
        elif n == step:
            column.markdown(f"**➜ {title}**")
        else:
            column.markdown(f":gray[{title}]")
    st.progress(step / 3)


# Field -> a slot right under its widget. The errors are written into the slots
# after all widgets ran, so they judge this run's values, not the last run's.
slots: dict[str, st.delta_generator.DeltaGenerator] = {}
# Slot -> the number fields under it: while one of them shows its own error or
# question, the step says nothing more about that field (one message, not two).
number_keys: dict[str, list[str]] = {}


def error_slot(root: str, *keys: str) -> None:
    slots[root] = st.container()
    number_keys[root] = list(keys)


def fill_error_slots(errors) -> None:
    inp = current_input()
    for error in errors:
        root = error.path if error.path in slots else error.path.split("[")[0].split(".")[0]
        if unsettled(*number_keys.get(root, [])):
            continue
        with slots.get(root) or st.container():
            st.error(wizard.message(error, inp, reference, lang), icon="⚠️")


def step_one() -> None:
    answers["name"] = st.text_input(
        t("wizard.name", lang), value=answers["name"], key=page_key("wz_naam"),
        placeholder=t("wizard.name_placeholder", lang),
    )
    error_slot("naam")
    types = wizard.project_types(reference)
    options = list(types["project_type"])
    chosen = answers["project_type"]
    answers["project_type"] = st.selectbox(
        t("wizard.type", lang), options, index=options.index(chosen) if chosen in options else None,
        format_func=lambda key: project_type_label(key, lang, reference), key=page_key("wz_type"),
        placeholder=t("wizard.type_placeholder", lang), help=t("wizard.type_help", lang),
    )
    if answers["project_type"]:
        row = types.loc[types["project_type"] == answers["project_type"]].iloc[0]
        st.caption(data_text(row, "description", lang))
    error_slot("projecttype")
    left, right = st.columns(2)
    years = number_field(
        t("wizard.years", lang), "count", value=answers["years"], key=page_key("wz_looptijd"), lang=lang,
        help=t("wizard.years_help", lang), where=left, required=False,
    )
    answers["years"] = None if years is None else int(years)
    start_year = number_field(
        t("wizard.start_year", lang), "year", value=answers["start_year"], key=page_key("wz_startjaar"),
        lang=lang, placeholder=t("wizard.start_year_placeholder", lang),
        help=t("wizard.start_year_help", lang), where=right, required=False,
    )
    answers["start_year"] = None if start_year is None else int(start_year)
    error_slot("looptijd", "wz_looptijd")
    error_slot("startjaar", "wz_startjaar")


def step_two() -> None:
    answers["reach"] = number_field(
        t("wizard.reach", lang), "number", value=answers["reach"], key=page_key("wz_bereik"), lang=lang,
        placeholder=t("wizard.reach_placeholder", lang), help=t("wizard.reach_help", lang),
        required=False,
    )
    error_slot("bereik", "wz_bereik")
    st.markdown(f"**{t('wizard.costs_heading', lang)}**")
    options = list(dict.fromkeys([*wizard.FINANCIERS, *answers["financiers"]]))
    chosen = st.multiselect(
        t("wizard.payers", lang), options, default=answers["financiers"], key=page_key("wz_financiers"),
        format_func=lambda key: party_label(key, lang), accept_new_options=True,
        help=t("wizard.payers_help", lang),
    )
    answers["financiers"] = list(dict.fromkeys(wizard.financier_key(f) for f in chosen))
    columns = st.columns(3)
    for i, financier in enumerate(answers["financiers"]):
        answers["amounts"][financier] = number_field(
            t("wizard.amount", lang, party=party_label(financier, lang)), "amount",
            value=answers["amounts"].get(financier), key=page_key(f"wz_kosten_{financier}"), lang=lang,
            placeholder=t("wizard.amount_placeholder", lang), where=columns[i % 3], required=False,
        )
    st.caption(t("wizard.costs_caption", lang))
    error_slot("kosten", *(f"wz_kosten_{f}" for f in answers["financiers"]))


def step_three() -> None:
    effects = wizard.reference_effects(answers["project_type"], reference, lang)
    type_label = project_type_label(answers["project_type"], lang, reference)
    st.markdown(t("wizard.compare_intro", lang, type=type_label))
    st.warning(t("wizard.illustrative_warning", lang), icon="ℹ️")
    changes = answers["changes"].setdefault(answers["project_type"], {})
    reach = answers["reach"] or 0
    for j, ref in effects.iterrows():
        with st.container(border=True):
            text, entry = st.columns([3, 1])
            text.markdown(
                f"**{j + 1}. {ref['outcome']}** · "
                f":orange-badge[{t('authoring.trust_illustrative', lang)}]  \n"
                + t("wizard.reference_line", lang, quantity=compact(ref["quantity_per_participant"]),
                    value=formats.euro(ref["proxy_value"], lang=lang, decimals=2),
                    unit=ref["proxy_unit"],
                    party=mid_sentence(party_label(ref["stakeholder"], lang)))
            )
            text.caption(t("wizard.amount_source", lang, label=ref["proxy_label"],
                           source=ref["proxy_source"], trust=ref["proxy_trust"]))
            key = f"wz_verschil_{answers['project_type']}_{j}"
            change = number_field(
                t("wizard.change", lang), "rate", value=formats.from_percent(changes.get(j, 0)),
                key=page_key(key), lang=lang, where=entry, required=False,
            )
            # an empty field is "no difference"; one with an error or a question is no value yet
            changes[j] = None if unsettled(key) else formats.as_percent(change or 0.0)
            word = ("same" if changes[j] is None else "fewer" if changes[j] < 0
                    else "more" if changes[j] > 0 else "same")
            quantity = wizard.expected_quantity(
                ref["quantity_per_participant"], reach, formats.from_percent(changes[j] or 0))
            entry.caption(t(f"wizard.expected_{word}", lang, quantity=compact(quantity)))
            with entry:
                error_slot(f"vergelijking[{j}]", key)


def preview() -> None:
    """The expected rendementsfactor of the answers so far, from the one engine."""
    inp = current_input()
    if wizard.check(inp, 3, reference):
        return
    project = wizard.build_project(inp, reference, lang)
    for warning in overlap_warnings(project.effects, reference, lang):
        st.warning(warning)
    result = compute(project)
    if result.rendementsfactor is not None:
        st.success(t(
            "wizard.preview", lang,
            euro=formats.euro(result.rendementsfactor, lang=lang, decimals=2),
            factor=formats.factor(result.rendementsfactor, lang=lang, decimals=2),
            seor=formats.factor(reference.seor_benchmark, lang=lang)))
    # Before saving: what looks off, with its reason (acknowledged later, on the map).
    plausibility.show(project, result, lang)


st.caption(t("wizard.caption", lang))
step = ss[STEP]
step_indicator(step)
st.subheader(t("wizard.step", lang, number=step, title=wizard.step_title(step, lang)))

{1: step_one, 2: step_two, 3: step_three}[step]()
errors = wizard.check(current_input(), step, reference)
# a field that asks which reading is meant holds no value yet, even where one is optional
asking = unsettled(*(key for keys in number_keys.values() for key in keys))
if step in ss[TRIED]:
    fill_error_slots(errors)
if step == 3:
    preview()

back, _, forward = st.columns([1, 2, 1])
if step > 1 and back.button(t("wizard.back", lang), key="wz_terug", use_container_width=True):
    ss[STEP] = step - 1
    st.rerun()
if step < 3:
    if forward.button(t("wizard.next", lang), key="wz_volgende", type="primary",
                      use_container_width=True):
        ss[TRIED].add(step)
        if not errors and not asking:
            ss[STEP] = step + 1
        st.rerun()
elif forward.button(t("wizard.save", lang), key="wz_opslaan", type="primary",
                    use_container_width=True):
    ss[TRIED].add(step)
    if errors or asking:
        st.rerun()
    project = wizard.build_project(current_input(), reference, lang)
    project_id = page.store.save_project(project)
    for key in (STATE, STEP, TRIED):
        del ss[key]
    ss[PROJECT_KEY] = project_id
    pages.go("views/project/impactkaart.py")
if errors and step in ss[TRIED]:
    st.error(t("wizard.points_left_one" if len(errors) == 1 else "wizard.points_left", lang,
               count=len(errors)), icon="⚠️")
