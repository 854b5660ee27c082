# fleet-facade template: httpx and the client module (which imports httpx) are needed only to
# call the operation through a client, never to build its request (``_get_kwargs``) or parse a
# response (``_parse_response``): imported for type checking only, with every annotation a
# string, so building and parsing requests does not import httpx.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.kibana_error import KibanaError
from ...models.message_response import MessageResponse
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    acknowledge: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["acknowledge"] = acknowledge

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/fleet/message_signing_service/rotate_key_pair",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KibanaError | MessageResponse | None:
    if response.status_code == 200:
        response_200 = MessageResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = KibanaError.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = KibanaError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[KibanaError | MessageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    acknowledge: bool | Unset = UNSET,
) -> Response[KibanaError | MessageResponse]:
    """Rotate a Fleet message signing key pair

    Args:
        acknowledge (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KibanaError | MessageResponse]
    """

    kwargs = _get_kwargs(
        acknowledge=acknowledge,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    acknowledge: bool | Unset = UNSET,
) -> KibanaError | MessageResponse | None:
    """Rotate a Fleet message signing key pair

    Args:
        acknowledge (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KibanaError | MessageResponse
    """

    return sync_detailed(
        client=client,
        acknowledge=acknowledge,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    acknowledge: bool | Unset = UNSET,
) -> Response[KibanaError | MessageResponse]:
    """Rotate a Fleet message signing key pair

    Args:
        acknowledge (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KibanaError | MessageResponse]
    """

    kwargs = _get_kwargs(
        acknowledge=acknowledge,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    acknowledge: bool | Unset = UNSET,
) -> KibanaError | MessageResponse | None:
    """Rotate a Fleet message signing key pair

    Args:
        acknowledge (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KibanaError | MessageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            acknowledge=acknowledge,
        )
    ).parsed
