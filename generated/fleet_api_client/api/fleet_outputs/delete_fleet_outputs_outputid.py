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
from ...models.package_policy_secret_ref import PackagePolicySecretRef
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    output_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/fleet/outputs/{output_id}".format(
            output_id=quote(str(output_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KibanaError | PackagePolicySecretRef | None:
    if response.status_code == 200:
        response_200 = PackagePolicySecretRef.from_dict(response.json())

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
) -> Response[KibanaError | PackagePolicySecretRef]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    output_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[KibanaError | PackagePolicySecretRef]:
    """Delete output

    Args:
        output_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KibanaError | PackagePolicySecretRef]
    """

    kwargs = _get_kwargs(
        output_id=output_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    output_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> KibanaError | PackagePolicySecretRef | None:
    """Delete output

    Args:
        output_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KibanaError | PackagePolicySecretRef
    """

    return sync_detailed(
        output_id=output_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    output_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[KibanaError | PackagePolicySecretRef]:
    """Delete output

    Args:
        output_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KibanaError | PackagePolicySecretRef]
    """

    kwargs = _get_kwargs(
        output_id=output_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    output_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> KibanaError | PackagePolicySecretRef | None:
    """Delete output

    Args:
        output_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KibanaError | PackagePolicySecretRef
    """

    return (
        await asyncio_detailed(
            output_id=output_id,
            client=client,
        )
    ).parsed
