"""SQLite storage: connections, migrations, the record repository, history and search."""
