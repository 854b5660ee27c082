"""Routes of the "Data streams" tag: ``/api/fleet/data_streams`` and
``/api/fleet/epm/data_streams``."""

from __future__ import annotations

import fnmatch
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
                name = f"{kind}-{dataset}-{_namespace(core, policy)}"
                found.setdefault(
                    name,
                    {
                        "index": name,
                        "dataset": dataset,
                        "namespace": _namespace(core, policy),
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


# -- data streams by name -----------------------------------------------------------------------

#: The names Kibana keeps: those starting with a Fleet data stream type
#: (server/services/epm/data_streams/get.ts VALID_STREAM_TYPES).
_STREAM_TYPES = ("logs", "metrics", "traces", "synthetics", "profiling")

# ICU's root collation (what ``String.localeCompare`` sorts by) puts punctuation before digits
# before letters, and ``_`` before ``-`` before ``.``; code point order would not.
_COLLATION = str.maketrans({"_": "\x01", "-": "\x02", ".": "\x03"})


def _epm_data_streams(ctx: Ctx) -> Json:
    """Names of the cluster's data streams matching ``{type}-*{datasetQuery}*-*`` (server/services/
    epm/data_streams/get.ts getDataStreams, via server/services/data_streams.ts
    getMatchingDataStreams), sorted by name.

    The sandbox's cluster holds only the data streams its agents write
    (:func:`data_streams_in_use`), and those come from Fleet's index templates, whose ``_meta``
    says ``managed_by: fleet``: ``uncategorisedOnly`` (streams Fleet does not manage) keeps none.
    """
    kind, query = ctx.q("type"), ctx.q("datasetQuery")
    pattern = f"{kind or '*'}-{f'*{query}*' if query else '*'}-*"
    streams = [] if ctx.q_bool("uncategorisedOnly") else data_streams_in_use(ctx.core)
    names = [
        stream["index"]
        for stream in streams
        if fnmatch.fnmatchcase(stream["index"], pattern)
        and stream["index"].startswith(_STREAM_TYPES)
    ]
    names.sort(key=lambda name: name.translate(_COLLATION))
    if (ctx.q("sortOrder") or "asc") == "desc":
        names.reverse()
    return {"items": [{"name": name} for name in names]}


def register(router: Router) -> None:
    """Add the routes of this tag."""
    router.add("GET", "/api/fleet/data_streams", _data_streams)
    router.add("GET", "/api/fleet/epm/data_streams", _epm_data_streams)


def _namespace(core: Any, policy: Json) -> str:
    """A blank package policy namespace inherits its (first) agent policy's, as in Kibana."""
    if policy.get("namespace"):
        return str(policy["namespace"])
    agent_policy = core.state.agent_policies.get((policy.get("policy_ids") or [""])[0]) or {}
    return str(agent_policy.get("namespace", "default"))
