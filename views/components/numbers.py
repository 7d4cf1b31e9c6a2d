"""The one field where a person types a number: Dutch first, shown back the Dutch way.

`number_field` draws a text field (not st.number_input: a browser's number field
reads ``45.000`` as 45), reads it with `impactkaart.text.numbers.parse`, and puts
an error, or a question with the readings to choose from, right under the field.
It returns the value in the project file's units (a share as a fraction), or None
while the field is empty, wrong or asked about: the caller must not save then.
Works inside an st.form too (the question is answered with the next submit).
"""

from __future__ import annotations

import hashlib

import streamlit as st

from impactkaart.text import numbers
from impactkaart.text.catalogue import t

_STATUS = "_getal_status_"


def _question_key(key: str, typed: str) -> str:
    # One question per text typed: a new text is a new question, never an old answer.
    return f"{key}__welke__{hashlib.sha1(typed.encode()).hexdigest()[:10]}"


def number_field(label: str, kind: str = "number", *, key: str, lang: str = "nl",
                 value: float | None = None, low: float | None = None, high: float | None = None,
                 required: bool = True, help: str | None = None, where=None,
                 placeholder: str | None = None, disabled: bool = False) -> float | None:
    """A number field; ``value`` (project-file units) is its first content, ``low`` and
    ``high`` the range in the units typed (percent for a share or a rate), ``where``
    the container (st by default: a column, a form, the sidebar …)."""
    where = where or st
    if key not in st.session_state:
        st.session_state[key] = numbers.show(value, kind, lang)
    typed = where.text_input(label, key=key, help=help, placeholder=placeholder,
                             disabled=disabled)
    reading = numbers.parse(typed, kind, lang, low, high)
    st.session_state[_STATUS + key] = reading.status
    if reading.ok:
        return reading.value
    if reading.status == "empty":
        if required:
            where.caption(":red[" + numbers.required(lang) + "]")
        return None
    if reading.status == "error":
        where.error(numbers.describe(reading, typed, kind, lang), icon=":material/error:")
        return None
    options = list(reading.readings)
    one = len(options) == 1
    chosen = where.radio(
        numbers.describe(reading, typed, kind, lang), options, index=None,
        format_func=lambda v: (t("numbers.yes_meant", lang, reading=numbers.shown_with_unit(v, kind, lang))
                               if one else numbers.shown_with_unit(v, kind, lang)),
        key=_question_key(key, typed), horizontal=True)
    if chosen is not None:
        st.session_state[_STATUS + key] = "ok"
    return chosen


def unsettled(*keys: str) -> bool:
    """Whether one of these fields (drawn in this run) shows an error or an open question:
    the page then says nothing more about them and does not go on."""
    return any(st.session_state.get(_STATUS + key) in ("error", "ambiguous") for key in keys)


def shown(value: float | None, kind: str = "number", lang: str = "nl") -> str:
    """A value as the field shows it ('45.000', '2,25', a share as '30')."""
    return numbers.show(value, kind, lang)
