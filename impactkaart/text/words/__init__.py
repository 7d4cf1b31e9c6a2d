"""The catalogue's sections: one module per area, each a ``WORDS`` dict of key -> {"nl", "en"}.

`impactkaart.text.catalogue` gathers every module here into one table; a key may
appear in only one section. New areas add a module (keys prefixed with the area,
``"cases.title"``) and need no other registration.
"""
