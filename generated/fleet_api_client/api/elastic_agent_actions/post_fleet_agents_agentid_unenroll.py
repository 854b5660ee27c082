# fleet-facade template: httpx and the client module (which imports httpx) are needed only to
# call the operation through a client, never to build its request (``_get_kwargs``) or parse a
# response (``_parse_response``): imported for type checking only, with every annotation a
# string, so building and parsing requests does not import httpx.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.post_fleet_agents_agentid_unenroll_body_type_0 import (
    PostFleetAgentsAgentidUnenrollBodyType0,
)
from ...models.post_fleet_agents_agentid_unenroll_response_200 import (
    PostFleetAgentsAgentidUnenrollResponse200,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    agent_id: str,
    *,
    body: None | PostFleetAgentsAgentidUnenrollBodyType0 | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/fleet/agents/{agent_id}/unenroll".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }

    if isinstance(body, PostFleetAgentsAgentidUnenrollBodyType0):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PostFleetAgentsAgentidUnenrollResponse200 | None:
    if response.status_code == 200:
        response_200 = PostFleetAgentsAgentidUnenrollResponse200.from_dict(
            response.json()
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PostFleetAgentsAgentidUnenrollResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: None | PostFleetAgentsAgentidUnenrollBodyType0 | Unset = UNSET,
) -> Response[PostFleetAgentsAgentidUnenrollResponse200]:
    """Unenroll an agent

    Args:
        agent_id (str):
        body (None | PostFleetAgentsAgentidUnenrollBodyType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostFleetAgentsAgentidUnenrollResponse200]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: None | PostFleetAgentsAgentidUnenrollBodyType0 | Unset = UNSET,
) -> PostFleetAgentsAgentidUnenrollResponse200 | None:
    """Unenroll an agent

    Args:
        agent_id (str):
        body (None | PostFleetAgentsAgentidUnenrollBodyType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostFleetAgentsAgentidUnenrollResponse200
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: None | PostFleetAgentsAgentidUnenrollBodyType0 | Unset = UNSET,
) -> Response[PostFleetAgentsAgentidUnenrollResponse200]:
    """Unenroll an agent

    Args:
        agent_id (str):
        body (None | PostFleetAgentsAgentidUnenrollBodyType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostFleetAgentsAgentidUnenrollResponse200]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: None | PostFleetAgentsAgentidUnenrollBodyType0 | Unset = UNSET,
) -> PostFleetAgentsAgentidUnenrollResponse200 | None:
    """Unenroll an agent

    Args:
        agent_id (str):
        body (None | PostFleetAgentsAgentidUnenrollBodyType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostFleetAgentsAgentidUnenrollResponse200
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
        )
    ).parsed
