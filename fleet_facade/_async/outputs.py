"""``fleet.outputs``: where agents send data (Elasticsearch, Logstash, Kafka, remote ES)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ._crud import AsyncCrud

if TYPE_CHECKING:
    from fleet_api_client.models import (
        GetFleetOutputsOutputidHealthResponse200,
        OutputElasticsearch,
        OutputKafka,
        OutputLogstash,
        OutputRemoteElasticsearch,
        PostFleetLogstashApiKeysResponse200,
    )

    #: An output, as the generated model of its ``type``.
    Output = OutputElasticsearch | OutputKafka | OutputLogstash | OutputRemoteElasticsearch


class AsyncOutputs(AsyncCrud["Output"]):
    """Outputs (``/api/fleet/outputs``); items are the generated ``Output*`` models by type.

    Example ``create(name="ls", type="logstash", hosts=["ls:5044"])``.
    """

    _list_op = "get-fleet-outputs"
    _get_op = "get-fleet-outputs-outputid"
    _create_op = "post-fleet-outputs"
    _update_op = "put-fleet-outputs-outputid"
    _delete_op = "delete-fleet-outputs-outputid"
    _id_param = "output_id"

    async def health(self, *, id: str) -> GetFleetOutputsOutputidHealthResponse200:
        """Latest health report of a remote output."""
        return cast(
            "GetFleetOutputsOutputidHealthResponse200",
            await self._t.call("get-fleet-outputs-outputid-health", output_id=id),
        )

    async def create_logstash_api_key(self) -> PostFleetLogstashApiKeysResponse200:
        """Create an Elasticsearch API key for Logstash outputs (``{api_key}``, masked)."""
        return cast(
            "PostFleetLogstashApiKeysResponse200",
            await self._t.call("post-fleet-logstash-api-keys"),
        )
