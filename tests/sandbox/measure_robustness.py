"""Measure two issue-13 figures on the loopback sandbox (not a test; prints figures).

1. A five-wildcard KQL query against long names: its time, and the longest wait of the
   requests another client makes meanwhile (handlers share the state lock).
2. Threads while 50 half-sent requests are open, and once ``request_timeout`` has passed.

Run: ``uv run python tests/sandbox/measure_robustness.py``
"""

from __future__ import annotations

import socket
import threading
import time

import httpx

from fleet_facade.sandbox import FleetSandbox


def wildcard_query(name_length: int) -> str:
    with FleetSandbox(seed=1, validate_responses=False) as sandbox:
        headers = sandbox.auth_headers()
        body = {"name": "a" * name_length, "namespace": "default"}
        with httpx.Client(base_url=sandbox.url, headers=headers, timeout=600) as http:
            http.post("/api/fleet/agent_policies", json=body).raise_for_status()
        waits: list[float] = []
        done = threading.Event()

        def other_client() -> None:
            with httpx.Client(base_url=sandbox.url, headers=headers, timeout=600) as http:
                while not done.is_set():
                    start = time.perf_counter()
                    http.get("/api/fleet/outputs")
                    waits.append(time.perf_counter() - start)

        thread = threading.Thread(target=other_client)
        thread.start()
        time.sleep(0.2)
        with httpx.Client(base_url=sandbox.url, headers=headers, timeout=600) as http:
            start = time.perf_counter()
            http.get("/api/fleet/agent_policies", params={"kuery": "name:*a*a*a*a*b"})
            took = time.perf_counter() - start
        done.set()
        thread.join()
    return (
        f"name of {name_length:,} characters: query {took:.3f} s; "
        f"other requests: {len(waits)}, longest wait {max(waits):.3f} s"
    )


def half_sent_requests(request_timeout: float = 2.0, count: int = 50) -> str:
    sandbox = FleetSandbox(seed=1, validate_responses=False, request_timeout=request_timeout)
    with sandbox:
        port = int(sandbox.url.rsplit(":", 1)[1])
        before = threading.active_count()
        sockets = []
        for index in range(count):
            sock = socket.create_connection(("127.0.0.1", port))
            head = b"POST /api/fleet/agent_policies HTTP/1.1\r\n"
            sock.sendall(head + (b"Content-Length: 100\r\n\r\n{" if index % 2 else b"Host: x\r\n"))
            sockets.append(sock)
        time.sleep(0.5)
        during = threading.active_count()
        time.sleep(request_timeout + 2)
        after = threading.active_count()
        for sock in sockets:
            sock.close()
    return (
        f"{count} half-sent requests, request_timeout={request_timeout} s: threads before "
        f"{before}, while open {during}, {request_timeout + 2.5:.1f} s later {after}"
    )


if __name__ == "__main__":
    for length in (200, 5_000, 100_000):
        print(wildcard_query(length))
    print(half_sent_requests())
