"""Listing pages: one ``fleet_facade.Page`` class for the sync and the async client."""

from __future__ import annotations

from typing import Any

import pytest

import fleet_facade
from fleet_facade import AsyncFleet, Fleet, Page
from fleet_facade._pages import next_page_number
from fleet_facade.sandbox import FleetSandbox

URL = "http://fleet-sandbox"


@pytest.fixture
def sandbox() -> FleetSandbox:
    sandbox = FleetSandbox(seed=7)
    with Fleet(URL, api_key=sandbox.api_key, transport=sandbox.transport()) as fleet:
        for n in range(5):
            fleet.agent_policies.create(name=f"policy-{n}", namespace="default")
    return sandbox


def _summary(pages: list[Any]) -> list[tuple[list[str], int | None, Any]]:
    return [([policy.name for policy in page.items], page.total, page.next) for page in pages]


EXPECTED = [
    (["policy-0", "policy-1"], 5, 2),
    (["policy-2", "policy-3"], 5, 3),
    (["policy-4"], 5, None),
]


def test_page_is_exported_in_all() -> None:
    assert "Page" in fleet_facade.__all__
    assert fleet_facade.Page is Page


@pytest.mark.anyio
async def test_async_listing_pages_are_fleet_facade_pages(sandbox: FleetSandbox) -> None:
    transport = sandbox.async_transport()
    async with AsyncFleet(URL, api_key=sandbox.api_key, transport=transport) as fleet:
        listing = fleet.agent_policies.list(per_page=2, sort_field="name", sort_order="asc")
        pages = [page async for page in listing.pages()]
    assert all(type(page) is fleet_facade.Page for page in pages)
    assert _summary(pages) == EXPECTED


def test_sync_listing_pages_are_the_same_class(sandbox: FleetSandbox) -> None:
    with Fleet(URL, api_key=sandbox.api_key, transport=sandbox.transport()) as fleet:
        listing = fleet.agent_policies.list(per_page=2, sort_field="name", sort_order="asc")
        pages = list(listing.pages())
    assert all(type(page) is fleet_facade.Page for page in pages)
    assert _summary(pages) == EXPECTED


def test_the_listing_modules_hold_no_page_class_of_their_own() -> None:
    from fleet_facade._async import _pagination as async_pagination
    from fleet_facade._sync import _pagination as sync_pagination

    assert async_pagination.Page is sync_pagination.Page is Page
    assert Page.__module__ == "fleet_facade._pages"


@pytest.mark.parametrize(
    ("page", "per_page", "got", "total", "expected"),
    [
        (1, 2, 2, 5, 2),  # more to come
        (3, 2, 1, 5, None),  # a short page is the last
        (2, 2, 2, 4, None),  # a full page that reaches the total is the last
        (1, 2, 2, None, 2),  # no total: only a short or empty page ends the listing
        (4, 2, 0, None, None),
    ],
)
def test_next_page_number(
    page: int, per_page: int, got: int, total: int | None, expected: int | None
) -> None:
    assert next_page_number(page, per_page, got, total) == expected


def test_pages_compare_by_value_and_show_their_fields() -> None:
    page = Page(items=[1, 2], total=2)
    assert page == Page([1, 2], 2, None, {})
    assert page != Page([1, 2], total=3)
    assert page.extra == {} and page.next is None
    assert repr(page) == "Page(items=[1, 2], total=2, next=None, extra={})"
    with pytest.raises(TypeError):
        hash(page)  # mutable, as the dataclass it replaced
