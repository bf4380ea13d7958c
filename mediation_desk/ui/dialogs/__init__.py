"""Dialogs: intake, first start."""
