"""Import and export: the JSON project file, tables, one-pagers."""
