"""Cloud connectors (``/api/fleet/cloud_connectors``)."""

from __future__ import annotations

import httpx

from ._helpers import assert_error

MISSING = "00000000-0000-4000-8000-000000000000"


def test_cloud_connector_missing_is_404(client: httpx.Client) -> None:
    assert_error(
        client.get(f"/api/fleet/cloud_connectors/{MISSING}"),
        404,
        f"Saved object [fleet-cloud-connector/{MISSING}] not found",
    )


def test_cloud_connector_delete_missing_is_404(client: httpx.Client) -> None:
    assert client.delete(f"/api/fleet/cloud_connectors/{MISSING}").status_code == 404


def test_cloud_connector_bad_provider(client: httpx.Client) -> None:
    response = client.post(
        "/api/fleet/cloud_connectors", json={"name": "x", "cloudProvider": "ibm", "vars": {}}
    )
    assert response.status_code == 400
    assert "[request body.cloudProvider.0]: expected value to equal [aws]" in response.json()[
        "message"
    ]


def test_cloud_connector_requires_vars(client: httpx.Client) -> None:
    assert_error(
        client.post("/api/fleet/cloud_connectors", json={"name": "x", "cloudProvider": "aws"}),
        400,
        "[request body.vars]: expected value of type [object] but got [undefined]",
    )
