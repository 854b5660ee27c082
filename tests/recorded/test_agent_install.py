"""fleet.agent_install: per-platform install instructions, replayed from a cassette.

The requests are Kibana's "Add agent" reads (``public/hooks/use_fleet_server_hosts_for_policy.ts``,
``use_agent_version.ts``, ``GET /api/fleet/kubernetes``); the cassette's enrollment token and
the manifest's ``FLEET_ENROLLMENT_TOKEN`` are scrubbed (``cassette_tools.scrub_manifest``).
"""

from __future__ import annotations

from typing import Any

import pytest

from fleet_facade import InstallOptionError

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]


def test_agent_install_reads_what_kibanas_flyout_reads(
    fleet: Any, recording: Any, cleanup: Any
) -> None:
    policy = fleet.agent_policies.create(name=recording.name("install"), namespace="default")
    cleanup(fleet.agent_policies.delete, id=policy.id)

    found = fleet.agent_install(policy_id=policy.id)

    assert list(found) == ["linux-x86_64", "linux-aarch64", "deb-x86_64", "deb-aarch64",
                           "rpm-x86_64", "rpm-aarch64", "macos-x86_64", "macos-aarch64",
                           "windows-x86_64", "windows-msi", "kubernetes"]
    linux = found["linux-x86_64"]
    assert linux.url == (f"{found.download_source_host.rstrip('/')}/beats/elastic-agent/"
                         f"elastic-agent-{found.version}-linux-x86_64.tar.gz")
    assert linux.script.endswith(f"--url={found.fleet_server_url} --enrollment-token=***")
    assert 'value: "***"' in found["kubernetes"].script
    assert found["kubernetes"].script.endswith(
        "kubectl apply -f elastic-agent-managed-kubernetes.yml")


def test_agent_install_refuses_a_version_that_is_not_available(
    fleet: Any, recording: Any, cleanup: Any
) -> None:
    policy = fleet.agent_policies.create(name=recording.name("old agent"), namespace="default")
    cleanup(fleet.agent_policies.delete, id=policy.id)

    with pytest.raises(InstallOptionError) as raised:
        fleet.agent_install(policy_id=policy.id, version="1.0.0", platforms=["deb-x86_64"])

    assert raised.value.option == "version"
    assert raised.value.choices
