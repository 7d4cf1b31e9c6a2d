"""Files out: the Excel rekenmodel, the one-pager (PDF and HTML), chart files, and
spreadsheet-safe cells.
"""
