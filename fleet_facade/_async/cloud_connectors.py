"""``fleet.cloud_connectors``: cloud credentials shared by agentless integrations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._crud import AsyncCrud
from ._pagination import AsyncListing

if TYPE_CHECKING:
    from fleet_api_client.models import (
        PostFleetCloudConnectorsResponse200Item as CloudConnector,
    )


class AsyncCloudConnectors(AsyncCrud["CloudConnector"]):
    """Cloud connectors (``/api/fleet/cloud_connectors``)."""

    _list_op = "get-fleet-cloud-connectors"
    _get_op = "get-fleet-cloud-connectors-cloudconnectorid"
    _create_op = "post-fleet-cloud-connectors"
    _update_op = "put-fleet-cloud-connectors-cloudconnectorid"
    _delete_op = "delete-fleet-cloud-connectors-cloudconnectorid"
    _id_param = "cloud_connector_id"

    def list(
        self, *, kuery: str | None = None, per_page: int = 100
    ) -> AsyncListing[CloudConnector]:
        """Cloud connectors matching ``kuery``, page by page."""
        return self._paged(self._list_op, per_page=per_page, kuery=kuery)
