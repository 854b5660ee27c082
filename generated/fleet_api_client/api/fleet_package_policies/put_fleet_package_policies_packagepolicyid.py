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
from ...models.package_policy_request import PackagePolicyRequest
from ...models.package_policy_response import PackagePolicyResponse
from ...models.put_fleet_package_policies_packagepolicyid_format import (
    PutFleetPackagePoliciesPackagepolicyidFormat,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    package_policy_id: str,
    *,
    body: PackagePolicyRequest | Unset = UNSET,
    format_: PutFleetPackagePoliciesPackagepolicyidFormat | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/fleet/package_policies/{package_policy_id}".format(
            package_policy_id=quote(str(package_policy_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KibanaError | PackagePolicyResponse | None:
    if response.status_code == 200:
        response_200 = PackagePolicyResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = KibanaError.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = KibanaError.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[KibanaError | PackagePolicyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    package_policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PackagePolicyRequest | Unset = UNSET,
    format_: PutFleetPackagePoliciesPackagepolicyidFormat | Unset = UNSET,
) -> Response[KibanaError | PackagePolicyResponse]:
    """Update a package policy

    Args:
        package_policy_id (str):
        format_ (PutFleetPackagePoliciesPackagepolicyidFormat | Unset):
        body (PackagePolicyRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KibanaError | PackagePolicyResponse]
    """

    kwargs = _get_kwargs(
        package_policy_id=package_policy_id,
        body=body,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    package_policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PackagePolicyRequest | Unset = UNSET,
    format_: PutFleetPackagePoliciesPackagepolicyidFormat | Unset = UNSET,
) -> KibanaError | PackagePolicyResponse | None:
    """Update a package policy

    Args:
        package_policy_id (str):
        format_ (PutFleetPackagePoliciesPackagepolicyidFormat | Unset):
        body (PackagePolicyRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KibanaError | PackagePolicyResponse
    """

    return sync_detailed(
        package_policy_id=package_policy_id,
        client=client,
        body=body,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    package_policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PackagePolicyRequest | Unset = UNSET,
    format_: PutFleetPackagePoliciesPackagepolicyidFormat | Unset = UNSET,
) -> Response[KibanaError | PackagePolicyResponse]:
    """Update a package policy

    Args:
        package_policy_id (str):
        format_ (PutFleetPackagePoliciesPackagepolicyidFormat | Unset):
        body (PackagePolicyRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KibanaError | PackagePolicyResponse]
    """

    kwargs = _get_kwargs(
        package_policy_id=package_policy_id,
        body=body,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    package_policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PackagePolicyRequest | Unset = UNSET,
    format_: PutFleetPackagePoliciesPackagepolicyidFormat | Unset = UNSET,
) -> KibanaError | PackagePolicyResponse | None:
    """Update a package policy

    Args:
        package_policy_id (str):
        format_ (PutFleetPackagePoliciesPackagepolicyidFormat | Unset):
        body (PackagePolicyRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KibanaError | PackagePolicyResponse
    """

    return (
        await asyncio_detailed(
            package_policy_id=package_policy_id,
            client=client,
            body=body,
            format_=format_,
        )
    ).parsed
