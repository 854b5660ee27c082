# fleet-facade template: httpx and the client module (which imports httpx) are needed only to
# call the operation through a client, never to build its request (``_get_kwargs``) or parse a
# response (``_parse_response``): imported for type checking only, with every annotation a
# string, so building and parsing requests does not import httpx.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.get_fleet_agent_policies_format import GetFleetAgentPoliciesFormat
from ...models.get_fleet_agent_policies_response_200 import (
    GetFleetAgentPoliciesResponse200,
)
from ...models.get_fleet_agent_policies_sort_order import GetFleetAgentPoliciesSortOrder
from ...models.kibana_error import KibanaError
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    page: float | Unset = UNSET,
    per_page: float | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: GetFleetAgentPoliciesSortOrder | Unset = UNSET,
    show_upgradeable: bool | Unset = UNSET,
    kuery: str | Unset = UNSET,
    no_agent_count: bool | Unset = UNSET,
    with_agent_count: bool | Unset = UNSET,
    full: bool | Unset = UNSET,
    format_: GetFleetAgentPoliciesFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["perPage"] = per_page

    params["sortField"] = sort_field

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params["showUpgradeable"] = show_upgradeable

    params["kuery"] = kuery

    params["noAgentCount"] = no_agent_count

    params["withAgentCount"] = with_agent_count

    params["full"] = full

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/fleet/agent_policies",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetFleetAgentPoliciesResponse200 | KibanaError | None:
    if response.status_code == 200:
        response_200 = GetFleetAgentPoliciesResponse200.from_dict(response.json())

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
) -> Response[GetFleetAgentPoliciesResponse200 | KibanaError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: float | Unset = UNSET,
    per_page: float | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: GetFleetAgentPoliciesSortOrder | Unset = UNSET,
    show_upgradeable: bool | Unset = UNSET,
    kuery: str | Unset = UNSET,
    no_agent_count: bool | Unset = UNSET,
    with_agent_count: bool | Unset = UNSET,
    full: bool | Unset = UNSET,
    format_: GetFleetAgentPoliciesFormat | Unset = UNSET,
) -> Response[GetFleetAgentPoliciesResponse200 | KibanaError]:
    """Get agent policies

    Args:
        page (float | Unset):
        per_page (float | Unset):
        sort_field (str | Unset):
        sort_order (GetFleetAgentPoliciesSortOrder | Unset):
        show_upgradeable (bool | Unset):
        kuery (str | Unset):
        no_agent_count (bool | Unset):
        with_agent_count (bool | Unset):
        full (bool | Unset):
        format_ (GetFleetAgentPoliciesFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFleetAgentPoliciesResponse200 | KibanaError]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        sort_field=sort_field,
        sort_order=sort_order,
        show_upgradeable=show_upgradeable,
        kuery=kuery,
        no_agent_count=no_agent_count,
        with_agent_count=with_agent_count,
        full=full,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: float | Unset = UNSET,
    per_page: float | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: GetFleetAgentPoliciesSortOrder | Unset = UNSET,
    show_upgradeable: bool | Unset = UNSET,
    kuery: str | Unset = UNSET,
    no_agent_count: bool | Unset = UNSET,
    with_agent_count: bool | Unset = UNSET,
    full: bool | Unset = UNSET,
    format_: GetFleetAgentPoliciesFormat | Unset = UNSET,
) -> GetFleetAgentPoliciesResponse200 | KibanaError | None:
    """Get agent policies

    Args:
        page (float | Unset):
        per_page (float | Unset):
        sort_field (str | Unset):
        sort_order (GetFleetAgentPoliciesSortOrder | Unset):
        show_upgradeable (bool | Unset):
        kuery (str | Unset):
        no_agent_count (bool | Unset):
        with_agent_count (bool | Unset):
        full (bool | Unset):
        format_ (GetFleetAgentPoliciesFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFleetAgentPoliciesResponse200 | KibanaError
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        sort_field=sort_field,
        sort_order=sort_order,
        show_upgradeable=show_upgradeable,
        kuery=kuery,
        no_agent_count=no_agent_count,
        with_agent_count=with_agent_count,
        full=full,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: float | Unset = UNSET,
    per_page: float | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: GetFleetAgentPoliciesSortOrder | Unset = UNSET,
    show_upgradeable: bool | Unset = UNSET,
    kuery: str | Unset = UNSET,
    no_agent_count: bool | Unset = UNSET,
    with_agent_count: bool | Unset = UNSET,
    full: bool | Unset = UNSET,
    format_: GetFleetAgentPoliciesFormat | Unset = UNSET,
) -> Response[GetFleetAgentPoliciesResponse200 | KibanaError]:
    """Get agent policies

    Args:
        page (float | Unset):
        per_page (float | Unset):
        sort_field (str | Unset):
        sort_order (GetFleetAgentPoliciesSortOrder | Unset):
        show_upgradeable (bool | Unset):
        kuery (str | Unset):
        no_agent_count (bool | Unset):
        with_agent_count (bool | Unset):
        full (bool | Unset):
        format_ (GetFleetAgentPoliciesFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFleetAgentPoliciesResponse200 | KibanaError]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        sort_field=sort_field,
        sort_order=sort_order,
        show_upgradeable=show_upgradeable,
        kuery=kuery,
        no_agent_count=no_agent_count,
        with_agent_count=with_agent_count,
        full=full,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: float | Unset = UNSET,
    per_page: float | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: GetFleetAgentPoliciesSortOrder | Unset = UNSET,
    show_upgradeable: bool | Unset = UNSET,
    kuery: str | Unset = UNSET,
    no_agent_count: bool | Unset = UNSET,
    with_agent_count: bool | Unset = UNSET,
    full: bool | Unset = UNSET,
    format_: GetFleetAgentPoliciesFormat | Unset = UNSET,
) -> GetFleetAgentPoliciesResponse200 | KibanaError | None:
    """Get agent policies

    Args:
        page (float | Unset):
        per_page (float | Unset):
        sort_field (str | Unset):
        sort_order (GetFleetAgentPoliciesSortOrder | Unset):
        show_upgradeable (bool | Unset):
        kuery (str | Unset):
        no_agent_count (bool | Unset):
        with_agent_count (bool | Unset):
        full (bool | Unset):
        format_ (GetFleetAgentPoliciesFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFleetAgentPoliciesResponse200 | KibanaError
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            sort_field=sort_field,
            sort_order=sort_order,
            show_upgradeable=show_upgradeable,
            kuery=kuery,
            no_agent_count=no_agent_count,
            with_agent_count=with_agent_count,
            full=full,
            format_=format_,
        )
    ).parsed
