"""Pure-Python domain: vocabulary, rules, validation. No Qt, no SQL."""
