"""Officer Desk: the case log of Korea's overseas patent officers."""

__version__ = "0.1.0"
