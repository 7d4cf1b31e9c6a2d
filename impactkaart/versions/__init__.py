"""Versions of a project, partners' comments and read-only share links (docs/versions.md)."""
