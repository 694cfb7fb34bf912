"""Parcours's version: one place, read by pyproject (setuptools' `attr:`), `--version` and About.

A plain constant rather than `importlib.metadata`, so that the standalone bundle, which carries
no package metadata, knows its version too.
"""

VERSION = "0.1.0"
