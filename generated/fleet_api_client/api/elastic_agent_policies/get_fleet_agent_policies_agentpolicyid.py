# fleet-facade template: httpx and the client module (which imports httpx) are needed only to
# call the operation through a client, never to build its request (``_get_kwargs``) or parse a
# response (``_parse_response``): imported for type checking only, with every annotation a
# string, so building and parsing requests does not import httpx.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.agent_policy_response import AgentPolicyResponse
from ...models.get_fleet_agent_policies_agentpolicyid_format import (
    GetFleetAgentPoliciesAgentpolicyidFormat,
)
from ...models.kibana_error import KibanaError
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    agent_policy_id: str,
    *,
    format_: GetFleetAgentPoliciesAgentpolicyidFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/fleet/agent_policies/{agent_policy_id}".format(
            agent_policy_id=quote(str(agent_policy_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentPolicyResponse | KibanaError | None:
    if response.status_code == 200:
        response_200 = AgentPolicyResponse.from_dict(response.json())

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
) -> Response[AgentPolicyResponse | KibanaError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    format_: GetFleetAgentPoliciesAgentpolicyidFormat | Unset = UNSET,
) -> Response[AgentPolicyResponse | KibanaError]:
    """Get an agent policy

    Args:
        agent_policy_id (str):
        format_ (GetFleetAgentPoliciesAgentpolicyidFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentPolicyResponse | KibanaError]
    """

    kwargs = _get_kwargs(
        agent_policy_id=agent_policy_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    format_: GetFleetAgentPoliciesAgentpolicyidFormat | Unset = UNSET,
) -> AgentPolicyResponse | KibanaError | None:
    """Get an agent policy

    Args:
        agent_policy_id (str):
        format_ (GetFleetAgentPoliciesAgentpolicyidFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentPolicyResponse | KibanaError
    """

    return sync_detailed(
        agent_policy_id=agent_policy_id,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    agent_policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    format_: GetFleetAgentPoliciesAgentpolicyidFormat | Unset = UNSET,
) -> Response[AgentPolicyResponse | KibanaError]:
    """Get an agent policy

    Args:
        agent_policy_id (str):
        format_ (GetFleetAgentPoliciesAgentpolicyidFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentPolicyResponse | KibanaError]
    """

    kwargs = _get_kwargs(
        agent_policy_id=agent_policy_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    format_: GetFleetAgentPoliciesAgentpolicyidFormat | Unset = UNSET,
) -> AgentPolicyResponse | KibanaError | None:
    """Get an agent policy

    Args:
        agent_policy_id (str):
        format_ (GetFleetAgentPoliciesAgentpolicyidFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentPolicyResponse | KibanaError
    """

    return (
        await asyncio_detailed(
            agent_policy_id=agent_policy_id,
            client=client,
            format_=format_,
        )
    ).parsed
