"""Words and formats: the one catalogue (`catalogue.t`, sections in `words/`), party and
sector names, number and money formats (babel), Markdown-safe user text, summaries.
"""
