"""Making and editing a project: the three-step wizard, the impact map as editable tables,
and the illustrative demo projects.
"""
