"""Small UI components shared by the pages; each has a `show()`-style function."""
