"""The desk window: the only package that imports PySide6."""
