"""Routes of the "Fleet outputs" tag: ``/api/fleet/outputs`` (CRUD), output health and
Logstash API keys.

A new Logstash API key is returned once; the recorded tests' scrubber removes every ``api_key``.
The output rules live in ``_outputs.py``.
"""

from __future__ import annotations

from typing import Any

from .._crud import output_saved_object_id
from .._http import KibanaError
from .._outputs import OUTPUTS
from .._router import Ctx, Router

Json = dict[str, Any]


# Thin handlers: the collection does the work; they exist so that each route's handler lives
# in the module of its tag.
def _list(ctx: Ctx) -> Json:
    return OUTPUTS.list(ctx)


def _create(ctx: Ctx) -> Json:
    return OUTPUTS.create(ctx)


def _read(ctx: Ctx) -> Json:
    return OUTPUTS.read(ctx)


def _update(ctx: Ctx) -> Json:
    return OUTPUTS.update(ctx)


def _delete(ctx: Ctx) -> Json:
    return OUTPUTS.delete(ctx)


def _logstash_api_key(ctx: Ctx) -> Json:
    # Kibana answers the new key as "<id>:<api_key>" (not base64-encoded).
    return {"api_key": f"{ctx.core.ids.secret(20)}:{ctx.core.ids.secret()}"}


def _output_health(ctx: Ctx) -> Json:
    # services/output.ts getLatestOutputHealth: the output's saved object is read first (for its
    # updated_at), so an unknown output is the saved-objects 404, which the handler passes
    # through; with no health document newer than the output, the state is UNKNOWN. No Fleet
    # Server reports to the sandbox.
    output_id = ctx.params["outputId"]
    if output_id not in ctx.core.state.outputs:
        raise KibanaError(
            404, f"Saved object [ingest-outputs/{output_saved_object_id(output_id)}] not found"
        )
    return {"state": "UNKNOWN", "message": "", "timestamp": ""}


def register(router: Router) -> None:
    """Add the routes of this tag."""
    one = f"{OUTPUTS.base}/{{{OUTPUTS.param}}}"
    router.add("GET", OUTPUTS.base, _list)
    router.add("POST", OUTPUTS.base, _create)
    router.add("GET", one, _read)
    router.add("PUT", one, _update)
    router.add("DELETE", one, _delete)
    router.add("GET", f"{OUTPUTS.base}/{{outputId}}/health", _output_health)
    router.add("POST", "/api/fleet/logstash_api_keys", _logstash_api_key)
