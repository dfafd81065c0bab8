"""Exporters: they take data from services and write files; they know nothing of widgets."""
