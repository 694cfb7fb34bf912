"""Frozen CREATE statements of each Parcours file format version."""
