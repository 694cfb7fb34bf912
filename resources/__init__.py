"""Parcours's bundled files (fonts, translations, sample drawings, icons, licences).

This folder stays at the top of the repository but is installed as the package
`app.resources` (see setup.py), so that code finds it through `importlib.resources` wherever
Parcours is installed: a checkout, a wheel, or the standalone bundle. Read it through
`app.bundled`; nothing is ever written here.
"""
