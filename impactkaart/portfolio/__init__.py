"""All projects together: the portfolio view and its charts.
"""
