"""4. Round trips: requests ``fleet.onboard`` makes, counted from the sandbox's request log.

Each case uses a new client (nothing cached: the first call a user makes) and a new policy
name. The stated minimum for a new policy is 9 requests with one integration (manifest,
policy, integration, enrollment token, Fleet Server hosts, then for the install instructions
the download sources, the available agent versions, Kibana's version and the Kubernetes
manifest) and 7 + 2k with k integrations, the same when the integration names no version
(the versionless package info is then the manifest and names the version); ``packages.get``
without a version is one request.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ._results import Row, Section
from ._server import EXTRA_PACKAGE, SandboxServer
from ._timing import Stat

PACKAGES = [("nginx", "1.6.0"), (EXTRA_PACKAGE, "1.6.0"), ("system", "1.20.4")]


def _integration_class() -> Any:
    try:
        from fleet_facade.workflows import Integration
    except ImportError:
        return None
    return Integration


def run(server: SandboxServer) -> Section:
    """Onboard with one and with three integrations; compare the request counts."""
    from fleet_facade import Fleet

    section = Section(4, "Round trips: fleet.onboard")
    integration = _integration_class()
    if integration is None or not hasattr(Fleet, "onboard"):
        section.available = False
        section.rows.append(Row("onboard requests", None, None, "not available"))
        section.notes.append("`Fleet.onboard` is not in this checkout: not measured.")
        return section
    # The sandbox keeps its last 10,000 requests: after the per-call section the log is full, and
    # a mark (its length) would no longer move. Emptied, the counts below start from zero.
    server.call("forget_requests")
    for k, versioned in ((1, True), (1, False), (3, True)):
        integrations = [integration(name, version=version if versioned else None)
                        for name, version in PACKAGES[:k]]
        mark = server.call("mark")
        with Fleet(server.url, api_key=server.api_key) as fleet:
            fleet.onboard(policy_name=f"bench-onboard-{k}-{versioned}",
                          integrations=integrations)
        log = server.call("requests_since", mark)
        minimum = 7 + 2 * k
        steps = Counter(f"{method} {_shape(path)}" for method, path, _status in log)
        section.rows.append(
            Row(
                f"onboard, new policy, {k} integration{'s' if k > 1 else ''}"
                f"{'' if versioned else ', no version'} (requests)",
                Stat.of([float(len(log))]),
                ("==", float(minimum)),
                "; ".join(f"{n}× {step}" if n > 1 else step for step, n in steps.items()),
                chart=False,
            )
        )
    mark = server.call("mark")
    with Fleet(server.url, api_key=server.api_key) as fleet:
        fleet.packages.get(name="nginx")
    log = server.call("requests_since", mark)
    section.rows.append(Row("packages.get(name=...), no version (requests)",
                            Stat.of([float(len(log))]), ("==", 1.0),
                            "; ".join(f"{method} {path}" for method, path, _status in log),
                            chart=False))
    section.notes.append(
        "Package versions explicit unless the row says otherwise; integrations: "
        + ", ".join(f"{n} {v}" for n, v in PACKAGES)
        + f" (`{EXTRA_PACKAGE}` is a renamed copy of nginx added to the sandbox's catalog)."
    )
    return section


def _shape(path: str) -> str:
    """A request path with ids replaced, so equal steps group together."""
    parts = path.split("/")
    return "/".join("{id}" if len(p) >= 20 and "-" in p else p for p in parts)
