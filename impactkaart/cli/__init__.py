"""The `impactkaart` command: a thin layer over the package's public functions.
"""
