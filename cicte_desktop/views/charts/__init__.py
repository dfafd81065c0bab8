"""Charts drawn with QPainter from the descriptions of ``services/charts.py``."""
