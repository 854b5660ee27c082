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
from ...models.post_fleet_epm_packages_pkgname_pkgversion_body_type_0 import (
    PostFleetEpmPackagesPkgnamePkgversionBodyType0,
)
from ...models.post_fleet_epm_packages_response_200 import (
    PostFleetEpmPackagesResponse200,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    pkg_name: str,
    pkg_version: str,
    *,
    body: None | PostFleetEpmPackagesPkgnamePkgversionBodyType0 | Unset = UNSET,
    prerelease: bool | Unset = UNSET,
    ignore_mapping_update_errors: bool | Unset = UNSET,
    skip_data_stream_rollover: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["prerelease"] = prerelease

    params["ignoreMappingUpdateErrors"] = ignore_mapping_update_errors

    params["skipDataStreamRollover"] = skip_data_stream_rollover

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/fleet/epm/packages/{pkg_name}/{pkg_version}".format(
            pkg_name=quote(str(pkg_name), safe=""),
            pkg_version=quote(str(pkg_version), safe=""),
        ),
        "params": params,
    }

    if isinstance(body, PostFleetEpmPackagesPkgnamePkgversionBodyType0):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

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
    pkg_name: str,
    pkg_version: str,
    *,
    client: AuthenticatedClient | Client,
    body: None | PostFleetEpmPackagesPkgnamePkgversionBodyType0 | Unset = UNSET,
    prerelease: bool | Unset = UNSET,
    ignore_mapping_update_errors: bool | Unset = UNSET,
    skip_data_stream_rollover: bool | Unset = UNSET,
) -> Response[KibanaError | PostFleetEpmPackagesResponse200]:
    """Install a package from the registry

    Args:
        pkg_name (str):
        pkg_version (str):
        prerelease (bool | Unset):
        ignore_mapping_update_errors (bool | Unset):
        skip_data_stream_rollover (bool | Unset):
        body (None | PostFleetEpmPackagesPkgnamePkgversionBodyType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KibanaError | PostFleetEpmPackagesResponse200]
    """

    kwargs = _get_kwargs(
        pkg_name=pkg_name,
        pkg_version=pkg_version,
        body=body,
        prerelease=prerelease,
        ignore_mapping_update_errors=ignore_mapping_update_errors,
        skip_data_stream_rollover=skip_data_stream_rollover,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pkg_name: str,
    pkg_version: str,
    *,
    client: AuthenticatedClient | Client,
    body: None | PostFleetEpmPackagesPkgnamePkgversionBodyType0 | Unset = UNSET,
    prerelease: bool | Unset = UNSET,
    ignore_mapping_update_errors: bool | Unset = UNSET,
    skip_data_stream_rollover: bool | Unset = UNSET,
) -> KibanaError | PostFleetEpmPackagesResponse200 | None:
    """Install a package from the registry

    Args:
        pkg_name (str):
        pkg_version (str):
        prerelease (bool | Unset):
        ignore_mapping_update_errors (bool | Unset):
        skip_data_stream_rollover (bool | Unset):
        body (None | PostFleetEpmPackagesPkgnamePkgversionBodyType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KibanaError | PostFleetEpmPackagesResponse200
    """

    return sync_detailed(
        pkg_name=pkg_name,
        pkg_version=pkg_version,
        client=client,
        body=body,
        prerelease=prerelease,
        ignore_mapping_update_errors=ignore_mapping_update_errors,
        skip_data_stream_rollover=skip_data_stream_rollover,
    ).parsed


async def asyncio_detailed(
    pkg_name: str,
    pkg_version: str,
    *,
    client: AuthenticatedClient | Client,
    body: None | PostFleetEpmPackagesPkgnamePkgversionBodyType0 | Unset = UNSET,
    prerelease: bool | Unset = UNSET,
    ignore_mapping_update_errors: bool | Unset = UNSET,
    skip_data_stream_rollover: bool | Unset = UNSET,
) -> Response[KibanaError | PostFleetEpmPackagesResponse200]:
    """Install a package from the registry

    Args:
        pkg_name (str):
        pkg_version (str):
        prerelease (bool | Unset):
        ignore_mapping_update_errors (bool | Unset):
        skip_data_stream_rollover (bool | Unset):
        body (None | PostFleetEpmPackagesPkgnamePkgversionBodyType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KibanaError | PostFleetEpmPackagesResponse200]
    """

    kwargs = _get_kwargs(
        pkg_name=pkg_name,
        pkg_version=pkg_version,
        body=body,
        prerelease=prerelease,
        ignore_mapping_update_errors=ignore_mapping_update_errors,
        skip_data_stream_rollover=skip_data_stream_rollover,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pkg_name: str,
    pkg_version: str,
    *,
    client: AuthenticatedClient | Client,
    body: None | PostFleetEpmPackagesPkgnamePkgversionBodyType0 | Unset = UNSET,
    prerelease: bool | Unset = UNSET,
    ignore_mapping_update_errors: bool | Unset = UNSET,
    skip_data_stream_rollover: bool | Unset = UNSET,
) -> KibanaError | PostFleetEpmPackagesResponse200 | None:
    """Install a package from the registry

    Args:
        pkg_name (str):
        pkg_version (str):
        prerelease (bool | Unset):
        ignore_mapping_update_errors (bool | Unset):
        skip_data_stream_rollover (bool | Unset):
        body (None | PostFleetEpmPackagesPkgnamePkgversionBodyType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KibanaError | PostFleetEpmPackagesResponse200
    """

    return (
        await asyncio_detailed(
            pkg_name=pkg_name,
            pkg_version=pkg_version,
            client=client,
            body=body,
            prerelease=prerelease,
            ignore_mapping_update_errors=ignore_mapping_update_errors,
            skip_data_stream_rollover=skip_data_stream_rollover,
        )
    ).parsed
