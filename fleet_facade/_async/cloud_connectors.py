"""``fleet.cloud_connectors``: cloud credentials shared by agentless integrations."""

from __future__ import annotations

from typing import Any

from ._crud import AsyncCrud
from ._pagination import AsyncListing


class AsyncCloudConnectors(AsyncCrud[Any]):
    """Cloud connectors (``/api/fleet/cloud_connectors``)."""

    _list_op = "get-fleet-cloud-connectors"
    _get_op = "get-fleet-cloud-connectors-cloudconnectorid"
    _create_op = "post-fleet-cloud-connectors"
    _update_op = "put-fleet-cloud-connectors-cloudconnectorid"
    _delete_op = "delete-fleet-cloud-connectors-cloudconnectorid"
    _id_param = "cloud_connector_id"

    def list(self, *, kuery: str | None = None, per_page: int = 100) -> AsyncListing[Any]:
        """Cloud connectors matching ``kuery``, page by page."""
        return self._paged(self._list_op, per_page=per_page, kuery=kuery)
