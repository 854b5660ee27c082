"""The package version, kept in one place (the User-Agent header reads it)."""

__version__ = "0.1.0"
