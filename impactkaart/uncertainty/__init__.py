"""How sure the result is: ranges per assumption, sensitivity (tornado, break-even),
Monte Carlo with its closed-form numpy twin, the report and the charts.
"""
