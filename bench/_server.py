"""The Fleet sandbox, served over loopback HTTP from its own process.

The sandbox is pure Python: served from a thread of the benchmark process, every server
response would compete with the client being measured for the GIL (and its CPU time would be
charged to whichever contender is waiting). A separate process gets its own interpreter and,
on a machine with two or more cores, its own core. The benchmark drives the server through a
pipe: seeding data, injecting latency and reading the request log.

``in_thread=True`` serves from a thread of this process instead (for comparison; figures then
include the server's share of the GIL).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
import time
from multiprocessing.connection import Connection
from typing import Any

# A third package for onboard with three integrations: a renamed copy of nginx 1.6.0.
EXTRA_PACKAGE = "nginx_bench"


def _extra_packages() -> list[dict[str, Any]]:
    import json
    from importlib import resources

    text = resources.files("fleet_facade.sandbox.packages").joinpath("nginx-1.6.0.json")
    document = json.loads(text.read_text(encoding="utf-8"))
    item = document.get("item", document)
    item["name"] = EXTRA_PACKAGE
    item["title"] = "Nginx (benchmark copy)"
    return [item]


class _Commands:
    """What the benchmark may ask of the server process (one method per command)."""

    def __init__(self, sandbox: Any) -> None:
        self.sb = sandbox
        self.http = sandbox.client()  # in-process transport: seeding costs no socket time

    def post(self, path: str, body: dict[str, Any]) -> Any:
        response = self.http.post(path, json=body)
        response.raise_for_status()
        return response.json()

    def agent_policy(self, name: str) -> str:
        body = {"name": name, "namespace": "default"}
        return str(self.post("/api/fleet/agent_policies", body)["item"]["id"])

    def agent_policies(self, prefix: str, count: int) -> list[str]:
        return [self.agent_policy(f"{prefix}-{n}") for n in range(count)]

    def add_agents(self, count: int, policy_id: str | None = None) -> int:
        self.sb.add_agents(count, policy_id=policy_id)
        return self.sb.count("agents")

    def add_enrollment_tokens(self, count: int, policy_id: str) -> int:
        try:  # the sandbox's own helper: no request per token
            from fleet_facade.sandbox import _enrollment_keys

            core = self.sb._core
            with core.lock:
                for _ in range(count):
                    _enrollment_keys.create_enrollment_key(core, policy_id, None)
        except (ImportError, AttributeError):
            for _ in range(count):
                self.post("/api/fleet/enrollment_api_keys", {"policy_id": policy_id})
        return self.sb.count("enrollment_api_keys")

    def latency(self, seconds: float, path: str = "/api/fleet/") -> None:
        self.sb.faults.add(path=path, latency=seconds)

    def clear_faults(self) -> None:
        self.sb.faults.clear()

    def mark(self) -> int:
        return len(self.sb.requests)

    def requests_since(self, mark: int) -> list[tuple[str, str, int]]:
        return [(r.method, r.path, r.status) for r in self.sb.requests[mark:]]

    def count(self, kind: str) -> int:
        return int(self.sb.count(kind))

    def forget_requests(self) -> None:
        # Big listings leave large response records in the log; drop them between sections.
        del self.sb.requests[:]


def _make_sandbox(seed: int) -> Any:
    from fleet_facade.sandbox import FleetSandbox

    return FleetSandbox(seed=seed, packages=_extra_packages())


def _serve(conn: Connection, seed: int) -> None:
    from fleet_facade.sandbox import _server as sandbox_server

    sandbox_server._Server.request_queue_size = 128
    sandbox = _make_sandbox(seed).start()
    commands = _Commands(sandbox)
    conn.send((sandbox.url, sandbox.api_key))
    try:
        while True:
            name, args, kwargs = conn.recv()
            if name == "stop":
                break
            try:
                conn.send(("ok", getattr(commands, name)(*args, **kwargs)))
            except Exception as exc:  # reported to the benchmark, which raises it
                conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        sandbox.stop()
        conn.close()


class SandboxServer:
    """A running sandbox: ``url``, ``api_key`` and remote commands (see ``_Commands``).

    Example:
        >>> with SandboxServer(seed=1) as server:  # doctest: +SKIP
        ...     policy_id = server.call("agent_policy", "bench")
    """

    def __init__(self, *, seed: int = 1, in_thread: bool = False) -> None:
        self.in_thread = in_thread
        ours, theirs = multiprocessing.Pipe()
        self._conn = ours
        if in_thread:
            self._worker: Any = threading.Thread(target=_serve, args=(theirs, seed), daemon=True)
        else:
            context = multiprocessing.get_context("spawn")
            self._worker = context.Process(target=_serve, args=(theirs, seed), daemon=True)
        self._worker.start()
        deadline = time.monotonic() + 60
        while not ours.poll(0.1):
            if not self._worker.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the sandbox server did not start (see its output above)")
        self.url, self.api_key = ours.recv()
        self._lock = threading.Lock()

    @property
    def headers(self) -> dict[str, str]:
        """Credentials and ``kbn-xsrf`` for raw clients."""
        return {"Authorization": f"ApiKey {self.api_key}", "kbn-xsrf": "true"}

    def call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """Run a command in the server process and return its result."""
        with self._lock:
            self._conn.send((name, args, kwargs))
            status, value = self._conn.recv()
        if status != "ok":
            raise RuntimeError(f"sandbox command {name} failed: {value}")
        return value

    def close(self) -> None:
        """Stop the server and wait for its process (or thread)."""
        with contextlib.suppress(OSError):
            self._conn.send(("stop", (), {}))
        self._worker.join(timeout=10)
        if not self.in_thread and self._worker.is_alive():
            self._worker.terminate()
        self._conn.close()

    def __enter__(self) -> SandboxServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
