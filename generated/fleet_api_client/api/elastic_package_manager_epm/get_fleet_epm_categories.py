# fleet-facade template: httpx and the client module (which imports httpx) are needed only to
# call the operation through a client, never to build its request (``_get_kwargs``) or parse a
# response (``_parse_response``): imported for type checking only, with every annotation a
# string, so building and parsing requests does not import httpx.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.get_fleet_epm_categories_response_200 import (
    GetFleetEpmCategoriesResponse200,
)
from ...models.kibana_error import KibanaError
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    prerelease: bool | Unset = UNSET,
    include_policy_templates: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["prerelease"] = prerelease

    params["include_policy_templates"] = include_policy_templates

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/fleet/epm/categories",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetFleetEpmCategoriesResponse200 | KibanaError | None:
    if response.status_code == 200:
        response_200 = GetFleetEpmCategoriesResponse200.from_dict(response.json())

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
) -> Response[GetFleetEpmCategoriesResponse200 | KibanaError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    prerelease: bool | Unset = UNSET,
    include_policy_templates: bool | Unset = UNSET,
) -> Response[GetFleetEpmCategoriesResponse200 | KibanaError]:
    """Get package categories

    Args:
        prerelease (bool | Unset):
        include_policy_templates (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFleetEpmCategoriesResponse200 | KibanaError]
    """

    kwargs = _get_kwargs(
        prerelease=prerelease,
        include_policy_templates=include_policy_templates,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    prerelease: bool | Unset = UNSET,
    include_policy_templates: bool | Unset = UNSET,
) -> GetFleetEpmCategoriesResponse200 | KibanaError | None:
    """Get package categories

    Args:
        prerelease (bool | Unset):
        include_policy_templates (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFleetEpmCategoriesResponse200 | KibanaError
    """

    return sync_detailed(
        client=client,
        prerelease=prerelease,
        include_policy_templates=include_policy_templates,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    prerelease: bool | Unset = UNSET,
    include_policy_templates: bool | Unset = UNSET,
) -> Response[GetFleetEpmCategoriesResponse200 | KibanaError]:
    """Get package categories

    Args:
        prerelease (bool | Unset):
        include_policy_templates (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFleetEpmCategoriesResponse200 | KibanaError]
    """

    kwargs = _get_kwargs(
        prerelease=prerelease,
        include_policy_templates=include_policy_templates,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    prerelease: bool | Unset = UNSET,
    include_policy_templates: bool | Unset = UNSET,
) -> GetFleetEpmCategoriesResponse200 | KibanaError | None:
    """Get package categories

    Args:
        prerelease (bool | Unset):
        include_policy_templates (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFleetEpmCategoriesResponse200 | KibanaError
    """

    return (
        await asyncio_detailed(
            client=client,
            prerelease=prerelease,
            include_policy_templates=include_policy_templates,
        )
    ).parsed
