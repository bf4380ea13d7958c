"""Use cases, each in one transaction, returning their result and a ``Changes`` value. No Qt."""
