"""Saved what-if copies of a project and their comparison.
"""
