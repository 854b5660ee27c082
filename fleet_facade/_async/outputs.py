"""``fleet.outputs``: where agents send data (Elasticsearch, Logstash, Kafka, remote ES)."""

from __future__ import annotations

from typing import Any

from ._crud import AsyncCrud


class AsyncOutputs(AsyncCrud[Any]):
    """Outputs (``/api/fleet/outputs``); items are the generated ``Output*`` models by type.

    Example ``create(name="ls", type="logstash", hosts=["ls:5044"])``.
    """

    _list_op = "get-fleet-outputs"
    _get_op = "get-fleet-outputs-outputid"
    _create_op = "post-fleet-outputs"
    _update_op = "put-fleet-outputs-outputid"
    _delete_op = "delete-fleet-outputs-outputid"
    _id_param = "output_id"

    async def health(self, *, id: str) -> Any:
        """Latest health report of a remote output."""
        return await self._t.call("get-fleet-outputs-outputid-health", output_id=id)

    async def create_logstash_api_key(self) -> Any:
        """Create an Elasticsearch API key for Logstash outputs (``{api_key}``, masked)."""
        return await self._t.call("post-fleet-logstash-api-keys")
