"""``fleet.proxies``: HTTP proxies for outputs, Fleet Server hosts and downloads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._crud import AsyncCrud

if TYPE_CHECKING:
    from fleet_api_client.models import (
        Proxy,  # noqa: F401 - used in the string base-class argument
    )


class AsyncProxies(AsyncCrud["Proxy"]):
    """Proxies (``/api/fleet/proxies``): ``create(name=, url=...)``."""

    _list_op = "get-fleet-proxies"
    _get_op = "get-fleet-proxies-itemid"
    _create_op = "post-fleet-proxies"
    _update_op = "put-fleet-proxies-itemid"
    _delete_op = "delete-fleet-proxies-itemid"
    _id_param = "item_id"
    _put_requires = ("certificate_authorities", "certificate", "certificate_key")
