"""Fault injection: latency, error statuses, dropped connections, applied-then-failed requests."""

from __future__ import annotations

import fnmatch
import random
import threading
from dataclasses import dataclass, field

from ._http import SandboxResponse, error_body, json_response


@dataclass
class Fault:
    """One fault rule. Build it with :meth:`Faults.add`.

    Attributes:
        method: HTTP method to match (``None`` = any).
        path: Path to match: a glob when it holds ``*``, ``?`` or ``[``, else a prefix. Matched
            against the path with and without the ``/s/<space>`` prefix.
        status: Status to answer (e.g. 503, 502, 429); ``None`` for latency-only rules.
        times: How many matching requests fail; ``None`` = unlimited.
        rate: Probability (0..1) that a matching request fails; ``None`` = always.
        apply_first: Perform the request for real, then fail (the response is lost).
        retry_after: Seconds for a ``Retry-After`` header.
        latency: Seconds to wait before answering.
        drop: Close the connection without a response (in-process: raise a transport error).
        message: Error message in the envelope (defaults to the reason phrase).
        fired: How many times the rule fired so far.
    """

    method: str | None = None
    path: str = "/"
    status: int | None = None
    times: int | None = None
    rate: float | None = None
    apply_first: bool = False
    retry_after: float | None = None
    latency: float = 0.0
    drop: bool = False
    message: str | None = None
    fired: int = 0

    @property
    def exhausted(self) -> bool:
        """Whether a ``times`` budget is used up."""
        return self.times is not None and self.fired >= self.times

    @property
    def fails(self) -> bool:
        """Whether the rule turns the request into an error (rather than only delaying it)."""
        return self.drop or self.status is not None

    def matches(self, method: str, paths: tuple[str, ...]) -> bool:
        """Whether the rule applies to a request."""
        if self.method is not None and self.method.upper() != method:
            return False
        if any(char in self.path for char in "*?["):
            return any(fnmatch.fnmatchcase(p, self.path) for p in paths)
        return any(p.startswith(self.path) for p in paths)

    def response(self) -> SandboxResponse:
        """The response the rule answers with (``drop`` set when the connection must be cut)."""
        if self.drop:
            return SandboxResponse(status=0, drop=True, latency=self.latency)
        status = self.status or 500
        headers: dict[str, str] = {}
        if self.retry_after is not None:
            value = self.retry_after
            headers["retry-after"] = str(int(value)) if float(value).is_integer() else str(value)
        body = error_body(status, self.message or _phrase(status))
        response = json_response(status, body, headers)
        response.latency = self.latency
        return response


def _phrase(status: int) -> str:
    from ._http import reason_phrase

    return reason_phrase(status)


@dataclass
class Faults:
    """The sandbox's fault rules, consulted in order; the first rule that fires wins.

    Example:
        >>> faults = Faults()
        >>> path = "/api/fleet/package_policies"
        >>> rule = faults.add(method="POST", path=path, status=503, times=2)
    """

    seed: int | None = None
    rules: list[Fault] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._lock = threading.Lock()

    def add(
        self,
        *,
        method: str | None = None,
        path: str = "/",
        status: int | None = None,
        times: int | None = None,
        rate: float | None = None,
        apply_first: bool = False,
        retry_after: float | None = None,
        latency: float = 0.0,
        drop: bool = False,
        message: str | None = None,
    ) -> Fault:
        """Add a rule (see :class:`Fault` for the arguments) and return it."""
        rule = Fault(
            method=method,
            path=path,
            status=status,
            times=times,
            rate=rate,
            apply_first=apply_first,
            retry_after=retry_after,
            latency=latency,
            drop=drop,
            message=message,
        )
        with self._lock:
            self.rules.append(rule)
        return rule

    def clear(self) -> None:
        """Remove every rule."""
        with self._lock:
            self.rules.clear()

    def pick(self, method: str, paths: tuple[str, ...]) -> Fault | None:
        """The rule that fires for this request, if any (its ``fired`` count is advanced)."""
        with self._lock:
            for rule in self.rules:
                if rule.exhausted or not rule.matches(method, paths):
                    continue
                if rule.rate is not None and self._rng.random() >= rule.rate:
                    continue
                rule.fired += 1
                return rule
        return None
