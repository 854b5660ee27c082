"""``fleet.data_streams``: the data streams Fleet's integrations write, and data streams by name.

Two Kibana endpoints, one home:

* ``GET /api/fleet/data_streams`` (:meth:`AsyncDataStreams.list`): the data streams of
  Fleet-managed integrations, with their package, size and last activity
  (x-pack/platform/plugins/shared/fleet/server/routes/data_streams/handlers.ts).
* ``GET /api/fleet/epm/data_streams`` (:meth:`AsyncDataStreams.matching`): the names of the
  cluster's data streams of a type and dataset, managed by Fleet or not
  (x-pack/platform/plugins/shared/fleet/server/services/epm/data_streams/get.ts getDataStreams).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from .._envelopes import field_of
from .._pages import Page
from ._base import AsyncResource
from ._pagination import AsyncListing

if TYPE_CHECKING:
    from fleet_api_client.models import (
        GetFleetDataStreamsResponse200DataStreamsItem as DataStream,
    )
    from fleet_api_client.models import (
        GetFleetEpmDataStreamsResponse200ItemsItem as DataStreamName,
    )

#: The data stream types Kibana's ``type`` filter takes.
DataStreamType = Literal["logs", "metrics", "traces", "synthetics", "profiling"]


class AsyncDataStreams(AsyncResource):
    """Data streams (``/api/fleet/data_streams``, ``/api/fleet/epm/data_streams``)."""

    def list(self) -> AsyncListing[DataStream]:
        """The data streams of Fleet-managed integrations (Kibana answers them all at once)."""
        transport = self._t

        async def fetch(_cursor: Any) -> Page[DataStream]:
            envelope = await transport.call("get-fleet-data-streams")
            streams = field_of(envelope, "data_streams", "get-fleet-data-streams")
            return Page(streams, len(streams), None)

        return AsyncListing(fetch, start=None)

    def matching(
        self,
        *,
        type: DataStreamType | None = None,
        dataset_query: str | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        uncategorised_only: bool | None = None,
    ) -> AsyncListing[DataStreamName]:
        """Names of the cluster's data streams, sorted by name (one response).

        Args:
            type: Only data streams of this type (Kibana's ``type``).
            dataset_query: Only data streams whose dataset contains this text
                (``datasetQuery``).
            sort_order: ``"asc"`` (Kibana's default) or ``"desc"`` (``sortOrder``).
            uncategorised_only: Only data streams Fleet does not manage
                (``uncategorisedOnly``).
        """
        return self._single_page(
            "get-fleet-epm-data-streams",
            # The generated operation spells Kibana's ``type`` query parameter ``type_``.
            type_=type,
            dataset_query=dataset_query,
            sort_order=sort_order,
            uncategorised_only=uncategorised_only,
        )
