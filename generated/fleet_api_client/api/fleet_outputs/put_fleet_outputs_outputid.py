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
from ...models.output_response import OutputResponse
from ...models.update_output_elasticsearch import UpdateOutputElasticsearch
from ...models.update_output_kafka import UpdateOutputKafka
from ...models.update_output_logstash import UpdateOutputLogstash
from ...models.update_output_remote_elasticsearch import UpdateOutputRemoteElasticsearch
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    output_id: str,
    *,
    body: Unset
    | UpdateOutputElasticsearch
    | UpdateOutputKafka
    | UpdateOutputLogstash
    | UpdateOutputRemoteElasticsearch = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/fleet/outputs/{output_id}".format(
            output_id=quote(str(output_id), safe=""),
        ),
    }

    if (
        isinstance(body, UpdateOutputElasticsearch)
        or isinstance(body, UpdateOutputRemoteElasticsearch)
        or isinstance(body, UpdateOutputLogstash)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KibanaError | OutputResponse | None:
    if response.status_code == 200:
        response_200 = OutputResponse.from_dict(response.json())

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
) -> Response[KibanaError | OutputResponse]:
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
    body: Unset
    | UpdateOutputElasticsearch
    | UpdateOutputKafka
    | UpdateOutputLogstash
    | UpdateOutputRemoteElasticsearch = UNSET,
) -> Response[KibanaError | OutputResponse]:
    """Update output

    Args:
        output_id (str):
        body (Unset | UpdateOutputElasticsearch | UpdateOutputKafka | UpdateOutputLogstash |
            UpdateOutputRemoteElasticsearch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KibanaError | OutputResponse]
    """

    kwargs = _get_kwargs(
        output_id=output_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    output_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Unset
    | UpdateOutputElasticsearch
    | UpdateOutputKafka
    | UpdateOutputLogstash
    | UpdateOutputRemoteElasticsearch = UNSET,
) -> KibanaError | OutputResponse | None:
    """Update output

    Args:
        output_id (str):
        body (Unset | UpdateOutputElasticsearch | UpdateOutputKafka | UpdateOutputLogstash |
            UpdateOutputRemoteElasticsearch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KibanaError | OutputResponse
    """

    return sync_detailed(
        output_id=output_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    output_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Unset
    | UpdateOutputElasticsearch
    | UpdateOutputKafka
    | UpdateOutputLogstash
    | UpdateOutputRemoteElasticsearch = UNSET,
) -> Response[KibanaError | OutputResponse]:
    """Update output

    Args:
        output_id (str):
        body (Unset | UpdateOutputElasticsearch | UpdateOutputKafka | UpdateOutputLogstash |
            UpdateOutputRemoteElasticsearch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KibanaError | OutputResponse]
    """

    kwargs = _get_kwargs(
        output_id=output_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    output_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Unset
    | UpdateOutputElasticsearch
    | UpdateOutputKafka
    | UpdateOutputLogstash
    | UpdateOutputRemoteElasticsearch = UNSET,
) -> KibanaError | OutputResponse | None:
    """Update output

    Args:
        output_id (str):
        body (Unset | UpdateOutputElasticsearch | UpdateOutputKafka | UpdateOutputLogstash |
            UpdateOutputRemoteElasticsearch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KibanaError | OutputResponse
    """

    return (
        await asyncio_detailed(
            output_id=output_id,
            client=client,
            body=body,
        )
    ).parsed
