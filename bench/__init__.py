"""fleet-facade's benchmark: ratios against raw httpx and kibana-py, in one run on one machine.

Run it with ``uv run --group bench python -m bench`` (``--quick`` for a smoke run). See
``bench/README.md``.
"""
