"""The one catalogue: every key has both languages, with the same placeholders."""

from __future__ import annotations

import string

import pytest

from impactkaart.text.catalogue import LANGUAGES, TEXTS, t

_FORMATTER = string.Formatter()


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in _FORMATTER.parse(text) if name}


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_every_key_has_dutch_and_english_with_the_same_placeholders(key):
    entry = TEXTS[key]
    assert set(entry) == set(LANGUAGES), f"{key}: languages {sorted(entry)}"
    assert all(entry[lang].strip() for lang in LANGUAGES), f"{key}: an empty text"
    assert placeholders(entry["nl"]) == placeholders(entry["en"]), key


def test_t_fills_placeholders_in_the_chosen_language():
    assert t("fte_unit", "nl", fte="1,5") == "1,5 fte"
    assert t("fte_unit", "en", fte="1.5") == "1.5 FTE"
