"""Workshop mode ("Ontwerp je eigen Impactkaart"): rooms with a join code, attendees'
workspaces designed field by field, and the facilitator's overview.
"""
