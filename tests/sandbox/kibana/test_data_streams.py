"""Data streams by name (``GET /api/fleet/epm/data_streams``) as Fleet's server source builds them.

Paths: ``fleet/server/`` is ``x-pack/platform/plugins/shared/fleet/server/``. The sandbox has no
Elasticsearch: its data streams are the ones its agents write (``GET /api/fleet/data_streams``).
"""

# Docstring first lines name Kibana's functions whole, so they run long.
# ruff: noqa: E501

from __future__ import annotations

from typing import Any

import httpx
import pytest

from fleet_facade.sandbox import FleetSandbox

EPM_DATA_STREAMS = "/api/fleet/epm/data_streams"
NGINX = ["logs-nginx.access-default", "logs-nginx.error-default", "metrics-nginx.stubstatus-default"]


def _nginx_written_in(client: httpx.Client, sandbox: FleetSandbox, namespace: str) -> None:
    """nginx on an agent policy of that namespace with an agent: its data streams exist."""
    policy = client.post(
        "/api/fleet/agent_policies", json={"name": namespace, "namespace": namespace}
    ).json()["item"]
    created = client.post(
        "/api/fleet/package_policies",
        json={
            "name": f"nginx-{namespace}",
            "package": {"name": "nginx", "version": "1.6.0"},
            "policy_id": policy["id"],
        },
    )
    assert created.status_code == 200, created.text
    sandbox.add_agents(1, policy_id=policy["id"])


@pytest.fixture
def written(client: httpx.Client, sandbox: FleetSandbox) -> httpx.Client:
    """nginx written in the namespaces ``default`` and ``prod``."""
    for namespace in ("default", "prod"):
        _nginx_written_in(client, sandbox, namespace)
    return client


def _names(client: httpx.Client, **query: Any) -> list[str]:
    response = client.get(EPM_DATA_STREAMS, params=query)
    assert response.status_code == 200, response.text
    return [item["name"] for item in response.json()["items"]]


def test_items_are_the_names_of_the_data_streams_agents_write(written: httpx.Client) -> None:
    """Kibana: fleet/server/services/epm/data_streams/get.ts getDataStreams (items are {name: dataStream.name} from indices.getDataStream, sorted by name)"""
    listed = written.get("/api/fleet/data_streams").json()["data_streams"]
    expected = sorted(stream["index"] for stream in listed)
    assert expected == sorted(NGINX + [n.replace("-default", "-prod") for n in NGINX])
    assert _names(written) == expected
    items = written.get(EPM_DATA_STREAMS).json()["items"]
    assert all(set(item) == {"name"} for item in items)


def test_no_data_stream_before_an_agent_writes(client: httpx.Client) -> None:
    """Kibana: fleet/server/services/data_streams.ts getMatchingDataStreams (a pattern matching no data stream answers [], installed packages aside)"""
    assert client.post("/api/fleet/epm/packages/nginx/1.6.0").status_code == 200
    assert _names(client) == []


def test_type_filters_on_the_name_prefix(written: httpx.Client) -> None:
    """Kibana: fleet/server/services/data_streams.ts streamPartsToIndexPattern (``${type}-${dataset}-*``, type defaulting to *)"""
    assert _names(written, type="metrics") == [
        "metrics-nginx.stubstatus-default",
        "metrics-nginx.stubstatus-prod",
    ]


def test_dataset_query_matches_inside_the_dataset(written: httpx.Client) -> None:
    """Kibana: fleet/server/services/epm/data_streams/get.ts getDataStreams (dataset pattern ``*${datasetQuery}*``)"""
    assert _names(written, datasetQuery="acc") == [
        "logs-nginx.access-default",
        "logs-nginx.access-prod",
    ]
    assert _names(written, type="metrics", datasetQuery="acc") == []


def test_sort_order_desc_reverses_the_name_order(written: httpx.Client) -> None:
    """Kibana: fleet/server/services/epm/data_streams/get.ts getDataStreams (sortOrder asc keeps the localeCompare order, desc reverses it)"""
    assert _names(written, sortOrder="desc") == list(reversed(_names(written, sortOrder="asc")))
    assert _names(written, sortOrder="desc")[0] == "metrics-nginx.stubstatus-prod"


def test_uncategorised_only_leaves_out_fleet_managed_data_streams(written: httpx.Client) -> None:
    """Kibana: fleet/server/services/epm/data_streams/get.ts getDataStreams (uncategorisedOnly keeps streams whose _meta.managed_by is not fleet)"""
    assert _names(written) != []
    assert _names(written, uncategorisedOnly="true") == []


def test_names_sort_as_locale_compare_does(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: fleet/server/services/epm/data_streams/get.ts getDataStreams (a.name.localeCompare(b.name): ICU puts ``_`` before ``.``, code points the other way)"""
    for namespace in ("x.y", "x_y"):
        _nginx_written_in(client, sandbox, namespace)
    assert _names(client, type="metrics") == [
        "metrics-nginx.stubstatus-x_y",
        "metrics-nginx.stubstatus-x.y",
    ]
