# fleet-facade template: httpx and the client module (which imports httpx) are needed only to
# call the operation through a client, never to build its request (``_get_kwargs``) or parse a
# response (``_parse_response``): imported for type checking only, with every annotation a
# string, so building and parsing requests does not import httpx.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.kibana_error import KibanaError
from ...models.post_fleet_agents_agentid_actions_response_200_item_response import (
    PostFleetAgentsAgentidActionsResponse200ItemResponse,
)
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    action_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/fleet/agents/actions/{action_id}/cancel".format(
            action_id=quote(str(action_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KibanaError | PostFleetAgentsAgentidActionsResponse200ItemResponse | None:
    if response.status_code == 200:
        response_200 = PostFleetAgentsAgentidActionsResponse200ItemResponse.from_dict(
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
) -> Response[KibanaError | PostFleetAgentsAgentidActionsResponse200ItemResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    action_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[KibanaError | PostFleetAgentsAgentidActionsResponse200ItemResponse]:
    """Cancel an agent action

    Args:
        action_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KibanaError | PostFleetAgentsAgentidActionsResponse200ItemResponse]
    """

    kwargs = _get_kwargs(
        action_id=action_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    action_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> KibanaError | PostFleetAgentsAgentidActionsResponse200ItemResponse | None:
    """Cancel an agent action

    Args:
        action_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KibanaError | PostFleetAgentsAgentidActionsResponse200ItemResponse
    """

    return sync_detailed(
        action_id=action_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    action_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[KibanaError | PostFleetAgentsAgentidActionsResponse200ItemResponse]:
    """Cancel an agent action

    Args:
        action_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KibanaError | PostFleetAgentsAgentidActionsResponse200ItemResponse]
    """

    kwargs = _get_kwargs(
        action_id=action_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    action_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> KibanaError | PostFleetAgentsAgentidActionsResponse200ItemResponse | None:
    """Cancel an agent action

    Args:
        action_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KibanaError | PostFleetAgentsAgentidActionsResponse200ItemResponse
    """

    return (
        await asyncio_detailed(
            action_id=action_id,
            client=client,
        )
    ).parsed
