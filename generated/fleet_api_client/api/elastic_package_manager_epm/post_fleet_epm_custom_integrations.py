# fleet-facade template: httpx and the client module (which imports httpx) are needed only to
# call the operation through a client, never to build its request (``_get_kwargs``) or parse a
# response (``_parse_response``): imported for type checking only, with every annotation a
# string, so building and parsing requests does not import httpx.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.kibana_error import KibanaError
from ...models.post_fleet_epm_custom_integrations_body import (
    PostFleetEpmCustomIntegrationsBody,
)
from ...models.post_fleet_epm_packages_response_200 import (
    PostFleetEpmPackagesResponse200,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: PostFleetEpmCustomIntegrationsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/fleet/epm/custom_integrations",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KibanaError | PostFleetEpmPackagesResponse200 | None:
    if response.status_code == 200:
        response_200 = PostFleetEpmPackagesResponse200.from_dict(response.json())

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
) -> Response[KibanaError | PostFleetEpmPackagesResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostFleetEpmCustomIntegrationsBody | Unset = UNSET,
) -> Response[KibanaError | PostFleetEpmPackagesResponse200]:
    """Create a custom integration

    Args:
        body (PostFleetEpmCustomIntegrationsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KibanaError | PostFleetEpmPackagesResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PostFleetEpmCustomIntegrationsBody | Unset = UNSET,
) -> KibanaError | PostFleetEpmPackagesResponse200 | None:
    """Create a custom integration

    Args:
        body (PostFleetEpmCustomIntegrationsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KibanaError | PostFleetEpmPackagesResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostFleetEpmCustomIntegrationsBody | Unset = UNSET,
) -> Response[KibanaError | PostFleetEpmPackagesResponse200]:
    """Create a custom integration

    Args:
        body (PostFleetEpmCustomIntegrationsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KibanaError | PostFleetEpmPackagesResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PostFleetEpmCustomIntegrationsBody | Unset = UNSET,
) -> KibanaError | PostFleetEpmPackagesResponse200 | None:
    """Create a custom integration

    Args:
        body (PostFleetEpmCustomIntegrationsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KibanaError | PostFleetEpmPackagesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
