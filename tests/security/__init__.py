"""Security tests for issue 14: one module per class of fault; each failed on 0.3.1."""
