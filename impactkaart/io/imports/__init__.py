"""Tables in: CSV and Excel imports of effects and costs (Dutch formats and headers,
encodings, limits, all or nothing).
"""
