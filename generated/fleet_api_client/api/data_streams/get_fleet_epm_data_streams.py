# fleet-facade template: httpx and the client module (which imports httpx) are needed only to
# call the operation through a client, never to build its request (``_get_kwargs``) or parse a
# response (``_parse_response``): imported for type checking only, with every annotation a
# string, so building and parsing requests does not import httpx.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.get_fleet_epm_data_streams_response_200 import (
    GetFleetEpmDataStreamsResponse200,
)
from ...models.get_fleet_epm_data_streams_sort_order import (
    GetFleetEpmDataStreamsSortOrder,
)
from ...models.get_fleet_epm_data_streams_type import GetFleetEpmDataStreamsType
from ...models.kibana_error import KibanaError
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    type_: GetFleetEpmDataStreamsType | Unset = UNSET,
    dataset_query: str | Unset = UNSET,
    sort_order: GetFleetEpmDataStreamsSortOrder | Unset = UNSET,
    uncategorised_only: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["datasetQuery"] = dataset_query

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params["uncategorisedOnly"] = uncategorised_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/fleet/epm/data_streams",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetFleetEpmDataStreamsResponse200 | KibanaError | None:
    if response.status_code == 200:
        response_200 = GetFleetEpmDataStreamsResponse200.from_dict(response.json())

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
) -> Response[GetFleetEpmDataStreamsResponse200 | KibanaError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: GetFleetEpmDataStreamsType | Unset = UNSET,
    dataset_query: str | Unset = UNSET,
    sort_order: GetFleetEpmDataStreamsSortOrder | Unset = UNSET,
    uncategorised_only: bool | Unset = UNSET,
) -> Response[GetFleetEpmDataStreamsResponse200 | KibanaError]:
    """Get data streams

    Args:
        type_ (GetFleetEpmDataStreamsType | Unset):
        dataset_query (str | Unset):
        sort_order (GetFleetEpmDataStreamsSortOrder | Unset):
        uncategorised_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFleetEpmDataStreamsResponse200 | KibanaError]
    """

    kwargs = _get_kwargs(
        type_=type_,
        dataset_query=dataset_query,
        sort_order=sort_order,
        uncategorised_only=uncategorised_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: GetFleetEpmDataStreamsType | Unset = UNSET,
    dataset_query: str | Unset = UNSET,
    sort_order: GetFleetEpmDataStreamsSortOrder | Unset = UNSET,
    uncategorised_only: bool | Unset = UNSET,
) -> GetFleetEpmDataStreamsResponse200 | KibanaError | None:
    """Get data streams

    Args:
        type_ (GetFleetEpmDataStreamsType | Unset):
        dataset_query (str | Unset):
        sort_order (GetFleetEpmDataStreamsSortOrder | Unset):
        uncategorised_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFleetEpmDataStreamsResponse200 | KibanaError
    """

    return sync_detailed(
        client=client,
        type_=type_,
        dataset_query=dataset_query,
        sort_order=sort_order,
        uncategorised_only=uncategorised_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: GetFleetEpmDataStreamsType | Unset = UNSET,
    dataset_query: str | Unset = UNSET,
    sort_order: GetFleetEpmDataStreamsSortOrder | Unset = UNSET,
    uncategorised_only: bool | Unset = UNSET,
) -> Response[GetFleetEpmDataStreamsResponse200 | KibanaError]:
    """Get data streams

    Args:
        type_ (GetFleetEpmDataStreamsType | Unset):
        dataset_query (str | Unset):
        sort_order (GetFleetEpmDataStreamsSortOrder | Unset):
        uncategorised_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFleetEpmDataStreamsResponse200 | KibanaError]
    """

    kwargs = _get_kwargs(
        type_=type_,
        dataset_query=dataset_query,
        sort_order=sort_order,
        uncategorised_only=uncategorised_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: GetFleetEpmDataStreamsType | Unset = UNSET,
    dataset_query: str | Unset = UNSET,
    sort_order: GetFleetEpmDataStreamsSortOrder | Unset = UNSET,
    uncategorised_only: bool | Unset = UNSET,
) -> GetFleetEpmDataStreamsResponse200 | KibanaError | None:
    """Get data streams

    Args:
        type_ (GetFleetEpmDataStreamsType | Unset):
        dataset_query (str | Unset):
        sort_order (GetFleetEpmDataStreamsSortOrder | Unset):
        uncategorised_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFleetEpmDataStreamsResponse200 | KibanaError
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            dataset_query=dataset_query,
            sort_order=sort_order,
            uncategorised_only=uncategorised_only,
        )
    ).parsed
