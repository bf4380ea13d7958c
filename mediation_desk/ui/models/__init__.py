"""Table models over SQL queries (no item widgets)."""
