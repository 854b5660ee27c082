# fleet-facade template: httpx and the client module (which imports httpx) are needed only to
# call the operation through a client, never to build its request (``_get_kwargs``) or parse a
# response (``_parse_response``): imported for type checking only, with every annotation a
# string, so building and parsing requests does not import httpx.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.get_fleet_epm_templates_pkgname_pkgversion_inputs_format import (
    GetFleetEpmTemplatesPkgnamePkgversionInputsFormat,
)
from ...models.get_fleet_epm_templates_pkgname_pkgversion_inputs_response_200_type_1 import (
    GetFleetEpmTemplatesPkgnamePkgversionInputsResponse200Type1,
)
from ...models.kibana_error import KibanaError
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    pkg_name: str,
    pkg_version: str,
    *,
    format_: GetFleetEpmTemplatesPkgnamePkgversionInputsFormat | Unset = UNSET,
    prerelease: bool | Unset = UNSET,
    ignore_unverified: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["prerelease"] = prerelease

    params["ignoreUnverified"] = ignore_unverified

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/fleet/epm/templates/{pkg_name}/{pkg_version}/inputs".format(
            pkg_name=quote(str(pkg_name), safe=""),
            pkg_version=quote(str(pkg_version), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetFleetEpmTemplatesPkgnamePkgversionInputsResponse200Type1
    | str
    | KibanaError
    | None
):
    if response.status_code == 200:
        _response_200_data = response.json()
        while True:
            try:
                if not isinstance(_response_200_data, dict):
                    raise TypeError()
                response_200_type_1 = GetFleetEpmTemplatesPkgnamePkgversionInputsResponse200Type1.from_dict(
                    _response_200_data
                )

                response_200 = response_200_type_1
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            response_200: (
                GetFleetEpmTemplatesPkgnamePkgversionInputsResponse200Type1 | str
            ) = _response_200_data
            break

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
) -> Response[
    GetFleetEpmTemplatesPkgnamePkgversionInputsResponse200Type1 | str | KibanaError
]:
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
    format_: GetFleetEpmTemplatesPkgnamePkgversionInputsFormat | Unset = UNSET,
    prerelease: bool | Unset = UNSET,
    ignore_unverified: bool | Unset = UNSET,
) -> Response[
    GetFleetEpmTemplatesPkgnamePkgversionInputsResponse200Type1 | str | KibanaError
]:
    """Get an inputs template

    Args:
        pkg_name (str):
        pkg_version (str):
        format_ (GetFleetEpmTemplatesPkgnamePkgversionInputsFormat | Unset):
        prerelease (bool | Unset):
        ignore_unverified (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFleetEpmTemplatesPkgnamePkgversionInputsResponse200Type1 | str | KibanaError]
    """

    kwargs = _get_kwargs(
        pkg_name=pkg_name,
        pkg_version=pkg_version,
        format_=format_,
        prerelease=prerelease,
        ignore_unverified=ignore_unverified,
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
    format_: GetFleetEpmTemplatesPkgnamePkgversionInputsFormat | Unset = UNSET,
    prerelease: bool | Unset = UNSET,
    ignore_unverified: bool | Unset = UNSET,
) -> (
    GetFleetEpmTemplatesPkgnamePkgversionInputsResponse200Type1
    | str
    | KibanaError
    | None
):
    """Get an inputs template

    Args:
        pkg_name (str):
        pkg_version (str):
        format_ (GetFleetEpmTemplatesPkgnamePkgversionInputsFormat | Unset):
        prerelease (bool | Unset):
        ignore_unverified (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFleetEpmTemplatesPkgnamePkgversionInputsResponse200Type1 | str | KibanaError
    """

    return sync_detailed(
        pkg_name=pkg_name,
        pkg_version=pkg_version,
        client=client,
        format_=format_,
        prerelease=prerelease,
        ignore_unverified=ignore_unverified,
    ).parsed


async def asyncio_detailed(
    pkg_name: str,
    pkg_version: str,
    *,
    client: AuthenticatedClient | Client,
    format_: GetFleetEpmTemplatesPkgnamePkgversionInputsFormat | Unset = UNSET,
    prerelease: bool | Unset = UNSET,
    ignore_unverified: bool | Unset = UNSET,
) -> Response[
    GetFleetEpmTemplatesPkgnamePkgversionInputsResponse200Type1 | str | KibanaError
]:
    """Get an inputs template

    Args:
        pkg_name (str):
        pkg_version (str):
        format_ (GetFleetEpmTemplatesPkgnamePkgversionInputsFormat | Unset):
        prerelease (bool | Unset):
        ignore_unverified (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFleetEpmTemplatesPkgnamePkgversionInputsResponse200Type1 | str | KibanaError]
    """

    kwargs = _get_kwargs(
        pkg_name=pkg_name,
        pkg_version=pkg_version,
        format_=format_,
        prerelease=prerelease,
        ignore_unverified=ignore_unverified,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pkg_name: str,
    pkg_version: str,
    *,
    client: AuthenticatedClient | Client,
    format_: GetFleetEpmTemplatesPkgnamePkgversionInputsFormat | Unset = UNSET,
    prerelease: bool | Unset = UNSET,
    ignore_unverified: bool | Unset = UNSET,
) -> (
    GetFleetEpmTemplatesPkgnamePkgversionInputsResponse200Type1
    | str
    | KibanaError
    | None
):
    """Get an inputs template

    Args:
        pkg_name (str):
        pkg_version (str):
        format_ (GetFleetEpmTemplatesPkgnamePkgversionInputsFormat | Unset):
        prerelease (bool | Unset):
        ignore_unverified (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFleetEpmTemplatesPkgnamePkgversionInputsResponse200Type1 | str | KibanaError
    """

    return (
        await asyncio_detailed(
            pkg_name=pkg_name,
            pkg_version=pkg_version,
            client=client,
            format_=format_,
            prerelease=prerelease,
            ignore_unverified=ignore_unverified,
        )
    ).parsed
