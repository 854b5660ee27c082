"""Assertion helpers shared by the sandbox tests."""

from __future__ import annotations

import httpx

REASONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    429: "Too Many Requests",
}


def assert_error(response: httpx.Response, status: int, message: str) -> None:
    """The response is Kibana's error envelope with exactly this status and message."""
    assert response.status_code == status, response.text
    assert response.json() == {"statusCode": status, "error": REASONS[status], "message": message}
