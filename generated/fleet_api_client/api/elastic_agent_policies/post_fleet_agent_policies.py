from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_policy_create_request import AgentPolicyCreateRequest
from ...models.kibana_error import KibanaError
from ...models.post_fleet_agent_policies_response_200 import (
    PostFleetAgentPoliciesResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AgentPolicyCreateRequest | Unset = UNSET,
    sys_monitoring: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["sys_monitoring"] = sys_monitoring

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/fleet/agent_policies",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KibanaError | PostFleetAgentPoliciesResponse200 | None:
    if response.status_code == 200:
        response_200 = PostFleetAgentPoliciesResponse200.from_dict(response.json())

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
) -> Response[KibanaError | PostFleetAgentPoliciesResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AgentPolicyCreateRequest | Unset = UNSET,
    sys_monitoring: bool | Unset = UNSET,
) -> Response[KibanaError | PostFleetAgentPoliciesResponse200]:
    """Create an agent policy

    Args:
        sys_monitoring (bool | Unset):
        body (AgentPolicyCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KibanaError | PostFleetAgentPoliciesResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
        sys_monitoring=sys_monitoring,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AgentPolicyCreateRequest | Unset = UNSET,
    sys_monitoring: bool | Unset = UNSET,
) -> KibanaError | PostFleetAgentPoliciesResponse200 | None:
    """Create an agent policy

    Args:
        sys_monitoring (bool | Unset):
        body (AgentPolicyCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KibanaError | PostFleetAgentPoliciesResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
        sys_monitoring=sys_monitoring,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AgentPolicyCreateRequest | Unset = UNSET,
    sys_monitoring: bool | Unset = UNSET,
) -> Response[KibanaError | PostFleetAgentPoliciesResponse200]:
    """Create an agent policy

    Args:
        sys_monitoring (bool | Unset):
        body (AgentPolicyCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KibanaError | PostFleetAgentPoliciesResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
        sys_monitoring=sys_monitoring,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AgentPolicyCreateRequest | Unset = UNSET,
    sys_monitoring: bool | Unset = UNSET,
) -> KibanaError | PostFleetAgentPoliciesResponse200 | None:
    """Create an agent policy

    Args:
        sys_monitoring (bool | Unset):
        body (AgentPolicyCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KibanaError | PostFleetAgentPoliciesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            sys_monitoring=sys_monitoring,
        )
    ).parsed
