"""The Qt editor: the only package that imports QtWidgets."""
