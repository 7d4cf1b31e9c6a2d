"""Impactkaart: the social return of social work, transparent and sourced.

The domain package. It imports no Streamlit, so the CLI, the exports and the
tests use exactly the code the app uses.
"""

__version__ = "0.1.0"

# Validation errors carry codes; this installs their Dutch words, so str(error) reads
# as it always has wherever it is printed (core itself may not import the text layer).
import impactkaart.text.errors  # noqa: E402, F401
