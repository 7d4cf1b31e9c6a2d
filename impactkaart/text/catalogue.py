"""The one catalogue of words: ``t(key, lang, **values)``, Dutch (default) and English.

The words live in sections, one module per area under `impactkaart.text.words`;
this module gathers them into one table, `TEXTS`. A text may hold ``{name}``
placeholders that `t` fills in. Every key has both languages (checked by
tests/text/test_catalogue.py). Party and sector names come from
`impactkaart.text.names`; number formats from `impactkaart.text.formats`.
"""

from __future__ import annotations

import importlib
import pkgutil

from impactkaart.text import words

LANGUAGES = ("nl", "en")


def _gather() -> dict[str, dict[str, str]]:
    texts: dict[str, dict[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(words.__path__), key=lambda i: i.name):
        section = importlib.import_module(f"{words.__name__}.{info.name}").WORDS
        twice = texts.keys() & section.keys()
        if twice:  # a key in two sections would silently lose one of its texts
            raise RuntimeError(f"text.words.{info.name}: keys also in another section: {sorted(twice)}")
        texts.update(section)
    return texts


TEXTS: dict[str, dict[str, str]] = _gather()


def t(key: str, lang: str = "nl", **values: object) -> str:
    """The text for ``key`` in ``lang`` (Dutch if not translated), placeholders filled."""
    entry = TEXTS[key]
    text = entry.get(lang) or entry["nl"]
    return text.format(**values) if values else text


def mid_sentence(label: str) -> str:
    """'Politie en justitie' -> 'politie en justitie'; abbreviations ('UWV') stay as they are."""
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]


def join_list(items: list[str], lang: str = "nl") -> str:
    """'a, b en c' / 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {t('and', lang)} " + items[-1]
