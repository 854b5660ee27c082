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
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    pkg_name: str,
    pkg_version: str,
    file_path: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/fleet/epm/packages/{pkg_name}/{pkg_version}/{file_path}".format(
            pkg_name=quote(str(pkg_name), safe=""),
            pkg_version=quote(str(pkg_version), safe=""),
            file_path=quote(str(file_path), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | KibanaError | None:
    if response.status_code == 200:
        response_200 = response.json()
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
) -> Response[Any | KibanaError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pkg_name: str,
    pkg_version: str,
    file_path: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | KibanaError]:
    """Get a package file

    Args:
        pkg_name (str):
        pkg_version (str):
        file_path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | KibanaError]
    """

    kwargs = _get_kwargs(
        pkg_name=pkg_name,
        pkg_version=pkg_version,
        file_path=file_path,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pkg_name: str,
    pkg_version: str,
    file_path: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | KibanaError | None:
    """Get a package file

    Args:
        pkg_name (str):
        pkg_version (str):
        file_path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | KibanaError
    """

    return sync_detailed(
        pkg_name=pkg_name,
        pkg_version=pkg_version,
        file_path=file_path,
        client=client,
    ).parsed


async def asyncio_detailed(
    pkg_name: str,
    pkg_version: str,
    file_path: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | KibanaError]:
    """Get a package file

    Args:
        pkg_name (str):
        pkg_version (str):
        file_path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | KibanaError]
    """

    kwargs = _get_kwargs(
        pkg_name=pkg_name,
        pkg_version=pkg_version,
        file_path=file_path,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pkg_name: str,
    pkg_version: str,
    file_path: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | KibanaError | None:
    """Get a package file

    Args:
        pkg_name (str):
        pkg_version (str):
        file_path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | KibanaError
    """

    return (
        await asyncio_detailed(
            pkg_name=pkg_name,
            pkg_version=pkg_version,
            file_path=file_path,
            client=client,
        )
    ).parsed
