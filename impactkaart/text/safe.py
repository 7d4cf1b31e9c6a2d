r"""User text shown as text: never as Markdown or HTML that could restyle or link the page.

Streamlit renders Markdown in ``st.markdown``, ``st.caption``, ``st.error``
and friends, in titles and headers, and in widget labels and radio options. A
project called ``**GRATIS** [klik hier](https://…)`` or an effect ``:red[…]``
would otherwise become bold text, a link or a coloured banner. Every value
that comes from a user (project and effect names, parties, sources, file
names, and messages that quote a cell) goes through `md` before it is put in
such a string. `tests/views/test_safe_text.py` checks the pages.

Escaping is not enough for addresses: Streamlit's Markdown (GFM) turns a bare
``http://…``, ``www.…`` or ``naam@domein.nl`` into a link *after* escapes are
resolved, so ``\[klik\](http\:\/\/evil\.example)`` still shows a clickable
``http://evil.example``. `md` therefore puts an invisible word joiner (U+2060)
where the autolinker looks (after ``http``/``https``/``ftp``/``mailto``/``xmpp``,
after ``www`` and after ``@``): the text reads the same, but is never a link.
"""

from __future__ import annotations

import re

# CommonMark lets a backslash escape every ASCII punctuation character; escaping
# all of them also covers Streamlit's own syntax (:red[…], :material/…:, $…$).
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
# Where GFM's autolinker starts a link (on the escaped text): scheme + colon, www + dot, @.
_AUTOLINK = re.compile(r"(?i)((?:https?|ftp|mailto|xmpp)(?=\\:)|www(?=\\\.)|\\@)")
WORD_JOINER = "\u2060"


def md(value: object) -> str:
    """``value`` as literal inline text inside a Markdown string."""
    text = "" if value is None else str(value)
    text = " ".join(text.splitlines())  # a newline could start a heading or a list
    return _AUTOLINK.sub(lambda m: m.group(1) + WORD_JOINER, _PUNCTUATION.sub(r"\\\1", text))
