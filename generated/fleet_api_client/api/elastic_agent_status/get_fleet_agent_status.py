# fleet-facade template: httpx and the client module (which imports httpx) are needed only to
# call the operation through a client, never to build its request (``_get_kwargs``) or parse a
# response (``_parse_response``): imported for type checking only, with every annotation a
# string, so building and parsing requests does not import httpx.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.get_fleet_agent_status_response_200 import GetFleetAgentStatusResponse200
from ...models.kibana_error import KibanaError
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    policy_id: str | Unset = UNSET,
    policy_ids: list[str] | str | Unset = UNSET,
    kuery: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["policyId"] = policy_id

    json_policy_ids: list[str] | str | Unset
    if isinstance(policy_ids, Unset):
        json_policy_ids = UNSET
    elif isinstance(policy_ids, list):
        json_policy_ids = policy_ids

    else:
        json_policy_ids = policy_ids
    params["policyIds"] = json_policy_ids

    params["kuery"] = kuery

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/fleet/agent_status",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetFleetAgentStatusResponse200 | KibanaError | None:
    if response.status_code == 200:
        response_200 = GetFleetAgentStatusResponse200.from_dict(response.json())

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
) -> Response[GetFleetAgentStatusResponse200 | KibanaError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    policy_id: str | Unset = UNSET,
    policy_ids: list[str] | str | Unset = UNSET,
    kuery: str | Unset = UNSET,
) -> Response[GetFleetAgentStatusResponse200 | KibanaError]:
    """Get an agent status summary

    Args:
        policy_id (str | Unset):
        policy_ids (list[str] | str | Unset):
        kuery (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFleetAgentStatusResponse200 | KibanaError]
    """

    kwargs = _get_kwargs(
        policy_id=policy_id,
        policy_ids=policy_ids,
        kuery=kuery,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    policy_id: str | Unset = UNSET,
    policy_ids: list[str] | str | Unset = UNSET,
    kuery: str | Unset = UNSET,
) -> GetFleetAgentStatusResponse200 | KibanaError | None:
    """Get an agent status summary

    Args:
        policy_id (str | Unset):
        policy_ids (list[str] | str | Unset):
        kuery (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFleetAgentStatusResponse200 | KibanaError
    """

    return sync_detailed(
        client=client,
        policy_id=policy_id,
        policy_ids=policy_ids,
        kuery=kuery,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    policy_id: str | Unset = UNSET,
    policy_ids: list[str] | str | Unset = UNSET,
    kuery: str | Unset = UNSET,
) -> Response[GetFleetAgentStatusResponse200 | KibanaError]:
    """Get an agent status summary

    Args:
        policy_id (str | Unset):
        policy_ids (list[str] | str | Unset):
        kuery (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFleetAgentStatusResponse200 | KibanaError]
    """

    kwargs = _get_kwargs(
        policy_id=policy_id,
        policy_ids=policy_ids,
        kuery=kuery,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    policy_id: str | Unset = UNSET,
    policy_ids: list[str] | str | Unset = UNSET,
    kuery: str | Unset = UNSET,
) -> GetFleetAgentStatusResponse200 | KibanaError | None:
    """Get an agent status summary

    Args:
        policy_id (str | Unset):
        policy_ids (list[str] | str | Unset):
        kuery (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFleetAgentStatusResponse200 | KibanaError
    """

    return (
        await asyncio_detailed(
            client=client,
            policy_id=policy_id,
            policy_ids=policy_ids,
            kuery=kuery,
        )
    ).parsed
