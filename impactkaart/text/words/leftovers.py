"""Words of the table importer for the project validator's findings (its own words come
from text/errors.py in the same language)."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "import.problem.finding": {"nl": "{message}", "en": "{message}"},
}
