# fleet-facade template: httpx and the client module (which imports httpx) are needed only to
# call the operation through a client, never to build its request (``_get_kwargs``) or parse a
# response (``_parse_response``): imported for type checking only, with every annotation a
# string, so building and parsing requests does not import httpx.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.get_fleet_epm_packages_installed_data_stream_type import (
    GetFleetEpmPackagesInstalledDataStreamType,
)
from ...models.get_fleet_epm_packages_installed_response_200 import (
    GetFleetEpmPackagesInstalledResponse200,
)
from ...models.get_fleet_epm_packages_installed_sort_order import (
    GetFleetEpmPackagesInstalledSortOrder,
)
from ...models.kibana_error import KibanaError
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    data_stream_type: GetFleetEpmPackagesInstalledDataStreamType | Unset = UNSET,
    show_only_active_data_streams: bool | Unset = UNSET,
    name_query: str | Unset = UNSET,
    search_after: list[float | str] | Unset = UNSET,
    per_page: float | Unset = UNSET,
    sort_order: GetFleetEpmPackagesInstalledSortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_data_stream_type: str | Unset = UNSET
    if not isinstance(data_stream_type, Unset):
        json_data_stream_type = data_stream_type.value

    params["dataStreamType"] = json_data_stream_type

    params["showOnlyActiveDataStreams"] = show_only_active_data_streams

    params["nameQuery"] = name_query

    json_search_after: list[float | str] | Unset = UNSET
    if not isinstance(search_after, Unset):
        json_search_after = []
        for search_after_item_data in search_after:
            search_after_item: float | str
            search_after_item = search_after_item_data
            json_search_after.append(search_after_item)

    params["searchAfter"] = json_search_after

    params["perPage"] = per_page

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/fleet/epm/packages/installed",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetFleetEpmPackagesInstalledResponse200 | KibanaError | None:
    if response.status_code == 200:
        response_200 = GetFleetEpmPackagesInstalledResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = KibanaError.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetFleetEpmPackagesInstalledResponse200 | KibanaError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    data_stream_type: GetFleetEpmPackagesInstalledDataStreamType | Unset = UNSET,
    show_only_active_data_streams: bool | Unset = UNSET,
    name_query: str | Unset = UNSET,
    search_after: list[float | str] | Unset = UNSET,
    per_page: float | Unset = UNSET,
    sort_order: GetFleetEpmPackagesInstalledSortOrder | Unset = UNSET,
) -> Response[GetFleetEpmPackagesInstalledResponse200 | KibanaError]:
    """Get installed packages

    Args:
        data_stream_type (GetFleetEpmPackagesInstalledDataStreamType | Unset):
        show_only_active_data_streams (bool | Unset):
        name_query (str | Unset):
        search_after (list[float | str] | Unset):
        per_page (float | Unset):
        sort_order (GetFleetEpmPackagesInstalledSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFleetEpmPackagesInstalledResponse200 | KibanaError]
    """

    kwargs = _get_kwargs(
        data_stream_type=data_stream_type,
        show_only_active_data_streams=show_only_active_data_streams,
        name_query=name_query,
        search_after=search_after,
        per_page=per_page,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    data_stream_type: GetFleetEpmPackagesInstalledDataStreamType | Unset = UNSET,
    show_only_active_data_streams: bool | Unset = UNSET,
    name_query: str | Unset = UNSET,
    search_after: list[float | str] | Unset = UNSET,
    per_page: float | Unset = UNSET,
    sort_order: GetFleetEpmPackagesInstalledSortOrder | Unset = UNSET,
) -> GetFleetEpmPackagesInstalledResponse200 | KibanaError | None:
    """Get installed packages

    Args:
        data_stream_type (GetFleetEpmPackagesInstalledDataStreamType | Unset):
        show_only_active_data_streams (bool | Unset):
        name_query (str | Unset):
        search_after (list[float | str] | Unset):
        per_page (float | Unset):
        sort_order (GetFleetEpmPackagesInstalledSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFleetEpmPackagesInstalledResponse200 | KibanaError
    """

    return sync_detailed(
        client=client,
        data_stream_type=data_stream_type,
        show_only_active_data_streams=show_only_active_data_streams,
        name_query=name_query,
        search_after=search_after,
        per_page=per_page,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    data_stream_type: GetFleetEpmPackagesInstalledDataStreamType | Unset = UNSET,
    show_only_active_data_streams: bool | Unset = UNSET,
    name_query: str | Unset = UNSET,
    search_after: list[float | str] | Unset = UNSET,
    per_page: float | Unset = UNSET,
    sort_order: GetFleetEpmPackagesInstalledSortOrder | Unset = UNSET,
) -> Response[GetFleetEpmPackagesInstalledResponse200 | KibanaError]:
    """Get installed packages

    Args:
        data_stream_type (GetFleetEpmPackagesInstalledDataStreamType | Unset):
        show_only_active_data_streams (bool | Unset):
        name_query (str | Unset):
        search_after (list[float | str] | Unset):
        per_page (float | Unset):
        sort_order (GetFleetEpmPackagesInstalledSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFleetEpmPackagesInstalledResponse200 | KibanaError]
    """

    kwargs = _get_kwargs(
        data_stream_type=data_stream_type,
        show_only_active_data_streams=show_only_active_data_streams,
        name_query=name_query,
        search_after=search_after,
        per_page=per_page,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    data_stream_type: GetFleetEpmPackagesInstalledDataStreamType | Unset = UNSET,
    show_only_active_data_streams: bool | Unset = UNSET,
    name_query: str | Unset = UNSET,
    search_after: list[float | str] | Unset = UNSET,
    per_page: float | Unset = UNSET,
    sort_order: GetFleetEpmPackagesInstalledSortOrder | Unset = UNSET,
) -> GetFleetEpmPackagesInstalledResponse200 | KibanaError | None:
    """Get installed packages

    Args:
        data_stream_type (GetFleetEpmPackagesInstalledDataStreamType | Unset):
        show_only_active_data_streams (bool | Unset):
        name_query (str | Unset):
        search_after (list[float | str] | Unset):
        per_page (float | Unset):
        sort_order (GetFleetEpmPackagesInstalledSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFleetEpmPackagesInstalledResponse200 | KibanaError
    """

    return (
        await asyncio_detailed(
            client=client,
            data_stream_type=data_stream_type,
            show_only_active_data_streams=show_only_active_data_streams,
            name_query=name_query,
            search_after=search_after,
            per_page=per_page,
            sort_order=sort_order,
        )
    ).parsed
