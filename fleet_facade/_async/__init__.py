"""The asynchronous client: the one hand-written copy, from which ``_sync`` is generated."""
