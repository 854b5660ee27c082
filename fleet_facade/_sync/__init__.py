# Generated from fleet_facade/_async/__init__.py by scripts/run_unasync.py; do not edit.
"""The synchronous client: the one hand-written copy, from which ``_sync`` is generated."""
