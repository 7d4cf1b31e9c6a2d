"""Impactkaart: the social return of social work, transparent and sourced.

The domain package. It imports no Streamlit, so the CLI, the exports and the
tests use exactly the code the app uses.
"""

__version__ = "0.1.0"
