"""fleet-facade: a typed, retry-safe client for Elastic Fleet through Kibana's Fleet API."""

__version__ = "0.1.0"

__all__ = ["__version__"]
