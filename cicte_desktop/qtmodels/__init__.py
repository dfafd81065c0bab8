"""Qt item models: they wrap plain data handed over by services and never query."""
