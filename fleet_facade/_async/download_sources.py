"""``fleet.download_sources``: where agents download upgrade binaries from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._crud import AsyncCrud

if TYPE_CHECKING:
    from fleet_api_client.models import (
        DownloadSource,  # noqa: F401 - used in the string base-class argument
    )


class AsyncDownloadSources(AsyncCrud["DownloadSource"]):
    """Agent binary download sources (``/api/fleet/agent_download_sources``)."""

    _list_op = "get-fleet-agent-download-sources"
    _get_op = "get-fleet-agent-download-sources-sourceid"
    _create_op = "post-fleet-agent-download-sources"
    _update_op = "put-fleet-agent-download-sources-sourceid"
    _delete_op = "delete-fleet-agent-download-sources-sourceid"
    _id_param = "source_id"
    _put_requires = ("name", "host")
