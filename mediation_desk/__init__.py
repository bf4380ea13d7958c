"""Mediation Desk — case tracker for multi-party dispute mediation."""

__version__ = "0.4.0"
