"""Record kinds, vocabularies and validation: no SQLite, no Qt."""
