"""Installs the top-level resources/ folder as the package `app.resources`.

Everything else is in pyproject.toml. The repository keeps resources/ at its top level (the
layout we agreed), yet the files must travel inside the package so that code finds them
through importlib.resources; pyproject.toml alone cannot add one mapped package to those it
finds, and a hand-written list would miss the next sub-package someone adds.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["app", "app.*"]), "app.resources"],
    package_dir={"app.resources": "resources"},
)
