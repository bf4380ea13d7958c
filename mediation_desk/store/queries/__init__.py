"""Read-only queries for lists and dashboards: keyword-only functions, no Qt."""
