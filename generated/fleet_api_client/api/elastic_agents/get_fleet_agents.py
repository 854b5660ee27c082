# fleet-facade template: httpx and the client module (which imports httpx) are needed only to
# call the operation through a client, never to build its request (``_get_kwargs``) or parse a
# response (``_parse_response``): imported for type checking only, with every annotation a
# string, so building and parsing requests does not import httpx.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.get_fleet_agents_response_200 import GetFleetAgentsResponse200
from ...models.get_fleet_agents_sort_order import GetFleetAgentsSortOrder
from ...models.kibana_error import KibanaError
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    page: float | Unset = UNSET,
    per_page: float | Unset = UNSET,
    kuery: str | Unset = UNSET,
    show_agentless: bool | Unset = UNSET,
    show_inactive: bool | Unset = UNSET,
    with_metrics: bool | Unset = UNSET,
    show_upgradeable: bool | Unset = UNSET,
    get_status_summary: bool | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: GetFleetAgentsSortOrder | Unset = UNSET,
    search_after: str | Unset = UNSET,
    open_pit: bool | Unset = UNSET,
    pit_id: str | Unset = UNSET,
    pit_keep_alive: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["perPage"] = per_page

    params["kuery"] = kuery

    params["showAgentless"] = show_agentless

    params["showInactive"] = show_inactive

    params["withMetrics"] = with_metrics

    params["showUpgradeable"] = show_upgradeable

    params["getStatusSummary"] = get_status_summary

    params["sortField"] = sort_field

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params["searchAfter"] = search_after

    params["openPit"] = open_pit

    params["pitId"] = pit_id

    params["pitKeepAlive"] = pit_keep_alive

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/fleet/agents",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetFleetAgentsResponse200 | KibanaError | None:
    if response.status_code == 200:
        response_200 = GetFleetAgentsResponse200.from_dict(response.json())

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
) -> Response[GetFleetAgentsResponse200 | KibanaError]:
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
    kuery: str | Unset = UNSET,
    show_agentless: bool | Unset = UNSET,
    show_inactive: bool | Unset = UNSET,
    with_metrics: bool | Unset = UNSET,
    show_upgradeable: bool | Unset = UNSET,
    get_status_summary: bool | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: GetFleetAgentsSortOrder | Unset = UNSET,
    search_after: str | Unset = UNSET,
    open_pit: bool | Unset = UNSET,
    pit_id: str | Unset = UNSET,
    pit_keep_alive: str | Unset = UNSET,
) -> Response[GetFleetAgentsResponse200 | KibanaError]:
    """Get agents

    Args:
        page (float | Unset):
        per_page (float | Unset):
        kuery (str | Unset):
        show_agentless (bool | Unset):
        show_inactive (bool | Unset):
        with_metrics (bool | Unset):
        show_upgradeable (bool | Unset):
        get_status_summary (bool | Unset):
        sort_field (str | Unset):
        sort_order (GetFleetAgentsSortOrder | Unset):
        search_after (str | Unset):
        open_pit (bool | Unset):
        pit_id (str | Unset):
        pit_keep_alive (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFleetAgentsResponse200 | KibanaError]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        kuery=kuery,
        show_agentless=show_agentless,
        show_inactive=show_inactive,
        with_metrics=with_metrics,
        show_upgradeable=show_upgradeable,
        get_status_summary=get_status_summary,
        sort_field=sort_field,
        sort_order=sort_order,
        search_after=search_after,
        open_pit=open_pit,
        pit_id=pit_id,
        pit_keep_alive=pit_keep_alive,
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
    kuery: str | Unset = UNSET,
    show_agentless: bool | Unset = UNSET,
    show_inactive: bool | Unset = UNSET,
    with_metrics: bool | Unset = UNSET,
    show_upgradeable: bool | Unset = UNSET,
    get_status_summary: bool | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: GetFleetAgentsSortOrder | Unset = UNSET,
    search_after: str | Unset = UNSET,
    open_pit: bool | Unset = UNSET,
    pit_id: str | Unset = UNSET,
    pit_keep_alive: str | Unset = UNSET,
) -> GetFleetAgentsResponse200 | KibanaError | None:
    """Get agents

    Args:
        page (float | Unset):
        per_page (float | Unset):
        kuery (str | Unset):
        show_agentless (bool | Unset):
        show_inactive (bool | Unset):
        with_metrics (bool | Unset):
        show_upgradeable (bool | Unset):
        get_status_summary (bool | Unset):
        sort_field (str | Unset):
        sort_order (GetFleetAgentsSortOrder | Unset):
        search_after (str | Unset):
        open_pit (bool | Unset):
        pit_id (str | Unset):
        pit_keep_alive (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFleetAgentsResponse200 | KibanaError
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        kuery=kuery,
        show_agentless=show_agentless,
        show_inactive=show_inactive,
        with_metrics=with_metrics,
        show_upgradeable=show_upgradeable,
        get_status_summary=get_status_summary,
        sort_field=sort_field,
        sort_order=sort_order,
        search_after=search_after,
        open_pit=open_pit,
        pit_id=pit_id,
        pit_keep_alive=pit_keep_alive,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: float | Unset = UNSET,
    per_page: float | Unset = UNSET,
    kuery: str | Unset = UNSET,
    show_agentless: bool | Unset = UNSET,
    show_inactive: bool | Unset = UNSET,
    with_metrics: bool | Unset = UNSET,
    show_upgradeable: bool | Unset = UNSET,
    get_status_summary: bool | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: GetFleetAgentsSortOrder | Unset = UNSET,
    search_after: str | Unset = UNSET,
    open_pit: bool | Unset = UNSET,
    pit_id: str | Unset = UNSET,
    pit_keep_alive: str | Unset = UNSET,
) -> Response[GetFleetAgentsResponse200 | KibanaError]:
    """Get agents

    Args:
        page (float | Unset):
        per_page (float | Unset):
        kuery (str | Unset):
        show_agentless (bool | Unset):
        show_inactive (bool | Unset):
        with_metrics (bool | Unset):
        show_upgradeable (bool | Unset):
        get_status_summary (bool | Unset):
        sort_field (str | Unset):
        sort_order (GetFleetAgentsSortOrder | Unset):
        search_after (str | Unset):
        open_pit (bool | Unset):
        pit_id (str | Unset):
        pit_keep_alive (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFleetAgentsResponse200 | KibanaError]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        kuery=kuery,
        show_agentless=show_agentless,
        show_inactive=show_inactive,
        with_metrics=with_metrics,
        show_upgradeable=show_upgradeable,
        get_status_summary=get_status_summary,
        sort_field=sort_field,
        sort_order=sort_order,
        search_after=search_after,
        open_pit=open_pit,
        pit_id=pit_id,
        pit_keep_alive=pit_keep_alive,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: float | Unset = UNSET,
    per_page: float | Unset = UNSET,
    kuery: str | Unset = UNSET,
    show_agentless: bool | Unset = UNSET,
    show_inactive: bool | Unset = UNSET,
    with_metrics: bool | Unset = UNSET,
    show_upgradeable: bool | Unset = UNSET,
    get_status_summary: bool | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_order: GetFleetAgentsSortOrder | Unset = UNSET,
    search_after: str | Unset = UNSET,
    open_pit: bool | Unset = UNSET,
    pit_id: str | Unset = UNSET,
    pit_keep_alive: str | Unset = UNSET,
) -> GetFleetAgentsResponse200 | KibanaError | None:
    """Get agents

    Args:
        page (float | Unset):
        per_page (float | Unset):
        kuery (str | Unset):
        show_agentless (bool | Unset):
        show_inactive (bool | Unset):
        with_metrics (bool | Unset):
        show_upgradeable (bool | Unset):
        get_status_summary (bool | Unset):
        sort_field (str | Unset):
        sort_order (GetFleetAgentsSortOrder | Unset):
        search_after (str | Unset):
        open_pit (bool | Unset):
        pit_id (str | Unset):
        pit_keep_alive (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFleetAgentsResponse200 | KibanaError
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            kuery=kuery,
            show_agentless=show_agentless,
            show_inactive=show_inactive,
            with_metrics=with_metrics,
            show_upgradeable=show_upgradeable,
            get_status_summary=get_status_summary,
            sort_field=sort_field,
            sort_order=sort_order,
            search_after=search_after,
            open_pit=open_pit,
            pit_id=pit_id,
            pit_keep_alive=pit_keep_alive,
        )
    ).parsed
