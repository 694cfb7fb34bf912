"""The journey canvas: a QGraphicsScene mirroring one journey, placed from the poster layout."""
