"""Benchmarks of Parcours and the generator of the large "workshop map" they run on."""
