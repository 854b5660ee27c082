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
from ...models.success_response import SuccessResponse
from ...types import UNSET, Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    pkg_name: str,
    pkg_version: str,
    *,
    package_policy_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["packagePolicyId"] = package_policy_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/fleet/epm/packages/{pkg_name}/{pkg_version}/datastream_assets".format(
            pkg_name=quote(str(pkg_name), safe=""),
            pkg_version=quote(str(pkg_version), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KibanaError | SuccessResponse | None:
    if response.status_code == 200:
        response_200 = SuccessResponse.from_dict(response.json())

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
) -> Response[KibanaError | SuccessResponse]:
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
    package_policy_id: str,
) -> Response[KibanaError | SuccessResponse]:
    """Delete assets for an input package

    Args:
        pkg_name (str):
        pkg_version (str):
        package_policy_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KibanaError | SuccessResponse]
    """

    kwargs = _get_kwargs(
        pkg_name=pkg_name,
        pkg_version=pkg_version,
        package_policy_id=package_policy_id,
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
    package_policy_id: str,
) -> KibanaError | SuccessResponse | None:
    """Delete assets for an input package

    Args:
        pkg_name (str):
        pkg_version (str):
        package_policy_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KibanaError | SuccessResponse
    """

    return sync_detailed(
        pkg_name=pkg_name,
        pkg_version=pkg_version,
        client=client,
        package_policy_id=package_policy_id,
    ).parsed


async def asyncio_detailed(
    pkg_name: str,
    pkg_version: str,
    *,
    client: AuthenticatedClient | Client,
    package_policy_id: str,
) -> Response[KibanaError | SuccessResponse]:
    """Delete assets for an input package

    Args:
        pkg_name (str):
        pkg_version (str):
        package_policy_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KibanaError | SuccessResponse]
    """

    kwargs = _get_kwargs(
        pkg_name=pkg_name,
        pkg_version=pkg_version,
        package_policy_id=package_policy_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pkg_name: str,
    pkg_version: str,
    *,
    client: AuthenticatedClient | Client,
    package_policy_id: str,
) -> KibanaError | SuccessResponse | None:
    """Delete assets for an input package

    Args:
        pkg_name (str):
        pkg_version (str):
        package_policy_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KibanaError | SuccessResponse
    """

    return (
        await asyncio_detailed(
            pkg_name=pkg_name,
            pkg_version=pkg_version,
            client=client,
            package_policy_id=package_policy_id,
        )
    ).parsed
