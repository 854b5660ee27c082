"""Permissions, service and Logstash tokens, cloud connectors and EPM categories, replayed from
cassettes (sync and async)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]


def test_check_permissions(fleet: Any) -> None:
    assert fleet.admin.check_permissions().success is True


def test_service_token_value_is_returned(fleet: Any) -> None:
    token = fleet.admin.create_service_token().to_dict()
    assert token["name"] and token["value"]


def test_logstash_api_key(fleet: Any) -> None:
    assert fleet.outputs.create_logstash_api_key().api_key


def test_cloud_connector_create_get_delete(fleet: Any, recording: Any) -> None:
    created = fleet.cloud_connectors.create(
        name=recording.name("aws"), cloudProvider="aws", vars={"role_arn": "arn:aws:iam::1:role/x"}
    )
    assert fleet.cloud_connectors.get(id=created.id).to_dict()["cloudProvider"] == "aws"
    fleet.cloud_connectors.delete(id=created.id)


def test_epm_categories_and_verification_key(fleet: Any) -> None:
    assert isinstance(fleet.packages.categories().to_dict()["items"], list)
    assert fleet.packages.verification_key_id().id
