"""The store: the connection (DuckDB file), its integrity checks, the write lock, the
migration runner, the projects' tables and back-up/restore. Only store modules run SQL.
"""
