"""Main-window pages: dashboard, cases, people, statistics (later), settings."""
