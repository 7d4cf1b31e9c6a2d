"""The core of the method: the project model and its validation, the engine, the sourced
reference data, proxies and sources, what-if assumptions and ex post.

Imports nothing else of the package (tests/test_layers.py), so every other area builds on it.
"""
