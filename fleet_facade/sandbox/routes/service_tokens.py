"""Routes of the "Fleet service tokens" tag: ``POST /api/fleet/service_tokens``.

The token is returned once; the recorded tests' scrubber removes its ``value``.
"""

from __future__ import annotations

import base64
from typing import Any

from .. import _validate
from .._router import Ctx, Router

Json = dict[str, Any]



def _service_token(ctx: Ctx) -> Json:
    body = ctx.body if ctx.body is not None else {}
    body = _validate.body_object(body)
    remote = _validate.boolean(body, "remote")
    service = "fleet-server-remote" if remote else "fleet-server"
    millis = int(ctx.core.now().timestamp() * 1000)
    name = f"token-{millis}"
    # An Elasticsearch service token: base64 of a 4-byte header and
    # "elastic/<service>/<name>:<secret>".
    raw = b"\x00\x01\x00\x01" + f"elastic/{service}/{name}:{ctx.core.ids.secret()}".encode()
    return {"name": name, "value": base64.b64encode(raw).decode().rstrip("=")}


def register(router: Router) -> None:
    """Add the routes of this tag."""
    router.add("POST", "/api/fleet/service_tokens", _service_token)
