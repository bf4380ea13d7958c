"""Persistence: SQLModel tables, engine factory, queries, search index, audit chain. No Qt."""
