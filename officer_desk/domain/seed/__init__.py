"""Seed data shipped with the program (vocabularies, default posts)."""
