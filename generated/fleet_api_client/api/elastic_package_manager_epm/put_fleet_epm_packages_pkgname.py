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
from ...models.package_info_response import PackageInfoResponse
from ...models.put_fleet_epm_packages_pkgname_body import PutFleetEpmPackagesPkgnameBody
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    pkg_name: str,
    *,
    body: PutFleetEpmPackagesPkgnameBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/fleet/epm/packages/{pkg_name}".format(
            pkg_name=quote(str(pkg_name), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KibanaError | PackageInfoResponse | None:
    if response.status_code == 200:
        response_200 = PackageInfoResponse.from_dict(response.json())

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
) -> Response[KibanaError | PackageInfoResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pkg_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PutFleetEpmPackagesPkgnameBody | Unset = UNSET,
) -> Response[KibanaError | PackageInfoResponse]:
    """Update package settings

    Args:
        pkg_name (str):
        body (PutFleetEpmPackagesPkgnameBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KibanaError | PackageInfoResponse]
    """

    kwargs = _get_kwargs(
        pkg_name=pkg_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pkg_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PutFleetEpmPackagesPkgnameBody | Unset = UNSET,
) -> KibanaError | PackageInfoResponse | None:
    """Update package settings

    Args:
        pkg_name (str):
        body (PutFleetEpmPackagesPkgnameBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KibanaError | PackageInfoResponse
    """

    return sync_detailed(
        pkg_name=pkg_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    pkg_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PutFleetEpmPackagesPkgnameBody | Unset = UNSET,
) -> Response[KibanaError | PackageInfoResponse]:
    """Update package settings

    Args:
        pkg_name (str):
        body (PutFleetEpmPackagesPkgnameBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KibanaError | PackageInfoResponse]
    """

    kwargs = _get_kwargs(
        pkg_name=pkg_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pkg_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PutFleetEpmPackagesPkgnameBody | Unset = UNSET,
) -> KibanaError | PackageInfoResponse | None:
    """Update package settings

    Args:
        pkg_name (str):
        body (PutFleetEpmPackagesPkgnameBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KibanaError | PackageInfoResponse
    """

    return (
        await asyncio_detailed(
            pkg_name=pkg_name,
            client=client,
            body=body,
        )
    ).parsed
