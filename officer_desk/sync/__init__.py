"""Sync packages and the merge of packages into a case log."""
