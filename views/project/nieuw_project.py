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
from impactkaart.text.names import party_label
from views.components.session import PROJECT_KEY, get_store

STATE, STEP, TRIED = "wizard", "wizard_step", "wizard_tried"
DEFAULTS = {"name": "", "project_type": None, "years": 3, "start_year": None, "reach": None,
            "financiers": ["gemeente"], "amounts": {}, "changes": {}}

ss = st.session_state
answers: dict = ss.setdefault(STATE, {k: (v.copy() if hasattr(v, "copy") else v)
                                      for k, v in DEFAULTS.items()})
ss.setdefault(STEP, 1)
ss.setdefault(TRIED, set())
reference = default_reference()


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
        changes=tuple(changes.get(j, 0) / 100 for j in range(len(effects))),
    )


def compact(value: float) -> str:
    """4 -> '4', 0.3 -> '0,3', 1125.5 -> '1.125,5': no trailing zeros for a reader."""
    if float(value).is_integer():
        return formats.number(value, decimals=0)
    return formats.number(value, decimals=3).rstrip("0").rstrip(",")


def step_indicator(step: int) -> None:
    columns = st.columns(3)
    for n, (column, title) in enumerate(zip(columns, map(wizard.step_title, wizard.STEPS)), start=1):
        if n < step:
            column.markdown(f":green[✓ Stap {n}: {title}]")
        elif n == step:
            column.markdown(f"**➜ Stap {n}: {title}**")
        else:
            column.markdown(f":gray[Stap {n}: {title}]")
    st.progress(step / 3)


# Field -> a slot right under its widget. The errors are written into the slots
# after all widgets ran, so they judge this run's values, not the last run's.
slots: dict[str, st.delta_generator.DeltaGenerator] = {}


def error_slot(root: str) -> None:
    slots[root] = st.container()


def fill_error_slots(errors) -> None:
    inp = current_input()
    for error in errors:
        root = error.path if error.path in slots else error.path.split("[")[0].split(".")[0]
        with slots.get(root) or st.container():
            st.error(wizard.message(error, inp, reference), icon="⚠️")


def step_one() -> None:
    answers["name"] = st.text_input(
        "Naam van het project", value=answers["name"], key="wz_naam",
        placeholder="bijvoorbeeld: Jongerenwerk De Wijk 2026",
    )
    error_slot("naam")
    types = wizard.project_types(reference)
    labels = dict(zip(types["project_type"], types["label_nl"]))
    options = list(labels)
    chosen = answers["project_type"]
    answers["project_type"] = st.selectbox(
        "Type project", options, index=options.index(chosen) if chosen in options else None,
        format_func=labels.get, key="wz_type", placeholder="Kies het type dat het best past",
        help="Het type bepaalt met welk referentieproject u in stap 3 vergelijkt.",
    )
    if answers["project_type"]:
        description = types.loc[types["project_type"] == answers["project_type"], "description_nl"]
        st.caption(description.iloc[0])
    error_slot("projecttype")
    left, right = st.columns(2)
    answers["years"] = left.number_input(
        "Looptijd (jaren)", min_value=1, max_value=50, step=1, value=answers["years"],
        key="wz_looptijd", help="Hoeveel jaar het project loopt (en kost).",
    )
    answers["start_year"] = right.number_input(
        "Startjaar (optioneel)", min_value=1900, max_value=2200, step=1,
        value=answers["start_year"], key="wz_startjaar", placeholder="bijvoorbeeld 2026",
        help="Alleen om jaartallen in grafieken te tonen; mag leeg blijven.",
    )
    error_slot("looptijd")
    error_slot("startjaar")


def step_two() -> None:
    answers["reach"] = st.number_input(
        "Bereik: aantal deelnemers per jaar", value=answers["reach"], step=1,
        key="wz_bereik", placeholder="bijvoorbeeld 40",
        help="Hoeveel mensen (of gezinnen) het project per jaar bereikt.",
    )
    error_slot("bereik")
    st.markdown("**Kosten per jaar, per financier**")
    options = list(dict.fromkeys([*wizard.FINANCIERS, *answers["financiers"]]))
    chosen = st.multiselect(
        "Wie betaalt mee?", options, default=answers["financiers"], key="wz_financiers",
        format_func=party_label, accept_new_options=True,
        help="Kies uit de lijst of typ een andere financier en druk op Enter.",
    )
    answers["financiers"] = list(dict.fromkeys(wizard.financier_key(f) for f in chosen))
    columns = st.columns(3)
    for i, financier in enumerate(answers["financiers"]):
        answers["amounts"][financier] = columns[i % 3].number_input(
            f"{party_label(financier)}: € per jaar", value=answers["amounts"].get(financier),
            step=1000, key=f"wz_kosten_{financier}", placeholder="bedrag in euro",
        )
    st.caption("Elke financier betaalt dit bedrag in elk projectjaar. "
               "Per jaar verschillende bedragen? Pas ze na het opslaan aan bij *Effecten bewerken*.")
    error_slot("kosten")


def step_three() -> None:
    effects = wizard.reference_effects(answers["project_type"], reference)
    type_label = reference.project_types.set_index("project_type").loc[
        answers["project_type"], "label_nl"]
    st.markdown(
        f"Vergelijk uw aanpak met het **referentieproject {type_label}**, effect voor effect: "
        "bereikt u bij uw deelnemers **minder**, **evenveel** of **meer** van dit effect? "
        "Vul het verschil in procenten in (−30 = 30 % minder, 0 = gelijk, 50 = 50 % meer)."
    )
    st.warning(
        "**Illustratief referentieproject.** De aantallen per deelnemer en de aandelen "
        "(nul-effect, toerekening, afname) zijn een geconstrueerd voorbeeld, géén "
        "SEOR-resultaat en geen meting. Alleen de bedragen per eenheid hebben een bron "
        "(hieronder per effect). Vervang ze later door eigen cijfers.",
        icon="ℹ️",
    )
    changes = answers["changes"].setdefault(answers["project_type"], {})
    reach = answers["reach"] or 0
    for j, ref in effects.iterrows():
        with st.container(border=True):
            text, entry = st.columns([3, 1])
            text.markdown(
                f"**{j + 1}. {ref['outcome']}** · :orange-badge[illustratief]  \n"
                f"Referentie: **{compact(ref['quantity_per_participant'])}** per deelnemer per "
                f"jaar, elk {formats.euro(ref['proxy_value'], decimals=2)} {ref['proxy_unit']}; "
                f"de waarde gaat naar {party_label(ref['stakeholder']).lower()}."
            )
            text.caption(f"Bedrag: {ref['proxy_label']} — bron: {ref['proxy_source']} · "
                         f"{ref['proxy_trust']}")
            changes[j] = entry.number_input(
                "Verschil met referentie (%)", value=changes.get(j, 0), step=5,
                key=f"wz_verschil_{answers['project_type']}_{j}",
            )
            word = "minder" if changes[j] < 0 else "meer" if changes[j] > 0 else "gelijk"
            quantity = wizard.expected_quantity(
                ref["quantity_per_participant"], reach, (changes[j] or 0) / 100)
            entry.caption(f"{word} dan de referentie: verwacht {compact(quantity)} per jaar"
                          if word != "gelijk" else f"gelijk: verwacht {compact(quantity)} per jaar")
            with entry:
                error_slot(f"vergelijking[{j}]")


def preview() -> None:
    """The expected rendementsfactor of the answers so far, from the one engine."""
    inp = current_input()
    if wizard.check(inp, 3, reference):
        return
    result = compute(wizard.build_project(inp, reference))
    if result.rendementsfactor is not None:
        st.success(
            f"Met deze keuzes levert elke euro naar verwachting "
            f"**{formats.euro(result.rendementsfactor, decimals=2)}** op "
            f"(rendementsfactor {formats.factor(result.rendementsfactor, decimals=2)}; "
            f"gemiddelde van sociaal werk volgens SEOR: {formats.factor(reference.seor_benchmark)})."
        )


st.title("Nieuw project")
st.caption("In drie stappen een eerste Impactkaart van uw project: een raming vooraf (ex ante).")
step = ss[STEP]
step_indicator(step)
st.subheader(f"Stap {step}: {wizard.step_title(step)}")

{1: step_one, 2: step_two, 3: step_three}[step]()
errors = wizard.check(current_input(), step, reference)
if step in ss[TRIED]:
    fill_error_slots(errors)
if step == 3:
    preview()

back, _, forward = st.columns([1, 2, 1])
if step > 1 and back.button("← Terug", key="wz_terug", use_container_width=True):
    ss[STEP] = step - 1
    st.rerun()
if step < 3:
    if forward.button("Volgende →", key="wz_volgende", type="primary", use_container_width=True):
        ss[TRIED].add(step)
        if not errors:
            ss[STEP] = step + 1
        st.rerun()
elif forward.button("Project opslaan", key="wz_opslaan", type="primary",
                    use_container_width=True):
    ss[TRIED].add(step)
    if errors:
        st.rerun()
    project = wizard.build_project(current_input(), reference)
    project_id = get_store().save_project(project)
    for key in (STATE, STEP, TRIED):
        del ss[key]
    ss[PROJECT_KEY] = project_id
    st.switch_page("views/project/impactkaart.py")
if errors and step in ss[TRIED]:
    st.error(f"Nog {len(errors)} {'punt' if len(errors) == 1 else 'punten'} om aan te vullen "
             "(zie hierboven).", icon="⚠️")
