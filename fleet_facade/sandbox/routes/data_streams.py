"""Routes of the "Data streams" tag: ``/api/fleet/data_streams`` and
``/api/fleet/epm/data_streams``."""

from __future__ import annotations

from typing import Any

from .._core import FleetCore
from .._router import Ctx, Router

Json = dict[str, Any]



def data_streams_in_use(core: FleetCore) -> list[Json]:
    """Data streams Fleet-managed agents write to, one per enabled stream and namespace.

    The sandbox has no Elasticsearch: a data stream "exists" once a package policy with an
    enabled stream is on an agent policy with at least one active agent.
    """
    found: dict[str, Json] = {}
    for policy in core.state.package_policies.values():
        if not any(core.agent_count(p) for p in policy.get("policy_ids", [])):
            continue
        for input_ in policy.get("inputs", []):
            if not input_.get("enabled", True):
                continue
            for stream in input_.get("streams", []):
                data_stream = stream.get("data_stream") or {}
                if not stream.get("enabled", True) or not data_stream.get("dataset"):
                    continue
                kind, dataset = data_stream.get("type", "logs"), data_stream["dataset"]
                name = f"{kind}-{dataset}-{policy['namespace']}"
                found.setdefault(
                    name,
                    {
                        "index": name,
                        "dataset": dataset,
                        "namespace": policy["namespace"],
                        "type": kind,
                        "package": policy["package"]["name"],
                        "package_version": policy["package"]["version"],
                        "last_activity_ms": 0,
                        "size_in_bytes": 0,
                        "size_in_bytes_formatted": "0b",
                        "dashboards": [],
                        "serviceDetails": None,
                    },
                )
    return [found[k] for k in sorted(found)]


def _data_streams(ctx: Ctx) -> Json:
    return {"data_streams": data_streams_in_use(ctx.core)}


# -- data streams of installed packages ----------------------------------------------------------


def _epm_data_streams(ctx: Ctx) -> Json:
    kind, query = ctx.q("type"), ctx.q("datasetQuery")
    uncategorised = ctx.q_bool("uncategorisedOnly")
    names = set()
    for name, installed in ctx.core.state.installed_packages.items():
        package = ctx.core.catalog.get(name, installed["version"]) or {}
        if uncategorised and package.get("categories"):
            continue
        for data_stream in package.get("data_streams", []):
            if kind and data_stream.get("type") != kind:
                continue
            if query and query not in data_stream["dataset"]:
                continue
            names.add(data_stream["dataset"])
    ordered = sorted(names, reverse=ctx.q("sortOrder") == "desc")
    return {"items": [{"name": n} for n in ordered]}


def register(router: Router) -> None:
    """Add the routes of this tag."""
    router.add("GET", "/api/fleet/data_streams", _data_streams)
    router.add("GET", "/api/fleet/epm/data_streams", _epm_data_streams)
