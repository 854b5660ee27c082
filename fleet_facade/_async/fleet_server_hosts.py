"""``fleet.fleet_server_hosts``: URLs agents use to reach Fleet Server."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._crud import AsyncCrud

if TYPE_CHECKING:
    from fleet_api_client.models import (
        FleetServerHost,  # noqa: F401 - used in the string base-class argument
    )


class AsyncFleetServerHosts(AsyncCrud["FleetServerHost"]):
    """Fleet Server hosts (``/api/fleet/fleet_server_hosts``).

    Example ``create(name="fs", host_urls=["https://fleet.example:8220"])``.
    """

    _list_op = "get-fleet-fleet-server-hosts"
    _get_op = "get-fleet-fleet-server-hosts-itemid"
    _create_op = "post-fleet-fleet-server-hosts"
    _update_op = "put-fleet-fleet-server-hosts-itemid"
    _delete_op = "delete-fleet-fleet-server-hosts-itemid"
    _id_param = "item_id"
    _put_requires = ("proxy_id",)
