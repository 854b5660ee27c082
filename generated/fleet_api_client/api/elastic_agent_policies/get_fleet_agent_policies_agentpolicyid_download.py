# fleet-facade template: httpx and the client module (which imports httpx) are needed only to
# call the operation through a client, never to build its request (``_get_kwargs``) or parse a
# response (``_parse_response``): imported for type checking only, with every annotation a
# string, so building and parsing requests does not import httpx.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from ... import errors
from ...models.kibana_error import KibanaError
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    agent_policy_id: str,
    *,
    download: bool | Unset = UNSET,
    standalone: bool | Unset = UNSET,
    kubernetes: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["download"] = download

    params["standalone"] = standalone

    params["kubernetes"] = kubernetes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/fleet/agent_policies/{agent_policy_id}/download".format(
            agent_policy_id=quote(str(agent_policy_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KibanaError | str | None:
    if response.status_code == 200:
        response_200 = cast(str, response.json())
        return response_200

    if response.status_code == 400:
        response_400 = KibanaError.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = KibanaError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[KibanaError | str]:
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
    download: bool | Unset = UNSET,
    standalone: bool | Unset = UNSET,
    kubernetes: bool | Unset = UNSET,
) -> Response[KibanaError | str]:
    """Download an agent policy

    Args:
        agent_policy_id (str):
        download (bool | Unset):
        standalone (bool | Unset):
        kubernetes (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KibanaError | str]
    """

    kwargs = _get_kwargs(
        agent_policy_id=agent_policy_id,
        download=download,
        standalone=standalone,
        kubernetes=kubernetes,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    download: bool | Unset = UNSET,
    standalone: bool | Unset = UNSET,
    kubernetes: bool | Unset = UNSET,
) -> KibanaError | str | None:
    """Download an agent policy

    Args:
        agent_policy_id (str):
        download (bool | Unset):
        standalone (bool | Unset):
        kubernetes (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KibanaError | str
    """

    return sync_detailed(
        agent_policy_id=agent_policy_id,
        client=client,
        download=download,
        standalone=standalone,
        kubernetes=kubernetes,
    ).parsed


async def asyncio_detailed(
    agent_policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    download: bool | Unset = UNSET,
    standalone: bool | Unset = UNSET,
    kubernetes: bool | Unset = UNSET,
) -> Response[KibanaError | str]:
    """Download an agent policy

    Args:
        agent_policy_id (str):
        download (bool | Unset):
        standalone (bool | Unset):
        kubernetes (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KibanaError | str]
    """

    kwargs = _get_kwargs(
        agent_policy_id=agent_policy_id,
        download=download,
        standalone=standalone,
        kubernetes=kubernetes,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    download: bool | Unset = UNSET,
    standalone: bool | Unset = UNSET,
    kubernetes: bool | Unset = UNSET,
) -> KibanaError | str | None:
    """Download an agent policy

    Args:
        agent_policy_id (str):
        download (bool | Unset):
        standalone (bool | Unset):
        kubernetes (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KibanaError | str
    """

    return (
        await asyncio_detailed(
            agent_policy_id=agent_policy_id,
            client=client,
            download=download,
            standalone=standalone,
            kubernetes=kubernetes,
        )
    ).parsed
