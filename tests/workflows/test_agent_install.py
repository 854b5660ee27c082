"""fleet.agent_install() and Onboarding.install_instructions: Kibana's "Add agent" commands.

Kibana's templates: ``public/components/enrollment_instructions/manual/index.tsx`` and its tests
(``manual/index.test.tsx``); the choice of Fleet Server host, download source and proxies:
``public/hooks/use_fleet_server_hosts_for_policy.ts``; the version:
``public/hooks/use_agent_version.ts`` (all under x-pack/platform/plugins/shared/fleet).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from typing import Any

import pytest

from fleet_facade import InstallOptionError, Integration, InvalidValueError, WorkflowError
from fleet_facade._install_instructions import (
    PLATFORMS,
    InstallInstructions,
    InstallSettings,
    agent_version_for,
    build_install_instructions,
)
from fleet_facade.sandbox import FleetSandbox

from .conftest import stored

BASH = shutil.which("bash")

#: Artifact per platform, as Kibana's templates name them.
ARTIFACTS = {
    "linux-x86_64": "linux-x86_64.tar.gz", "linux-aarch64": "linux-arm64.tar.gz",
    "deb-x86_64": "amd64.deb", "deb-aarch64": "arm64.deb",
    "rpm-x86_64": "x86_64.rpm", "rpm-aarch64": "aarch64.rpm",
    "macos-x86_64": "darwin-x86_64.tar.gz", "macos-aarch64": "darwin-aarch64.tar.gz",
    "windows-x86_64": "windows-x86_64.zip", "windows-msi": "windows-x86_64.msi",
}  # fmt: skip


def bash_syntax_errors(script: str) -> str:
    """What ``bash -n`` says about ``script`` (empty: valid shell)."""
    assert BASH is not None, "bash is needed for this test"
    done = subprocess.run([BASH, "-n"], input=script, capture_output=True, text=True,
                          timeout=30, check=False)
    return done.stderr if done.returncode else ""


def demo_onboarding(fleet: Any) -> Any:
    """The seed's (and ``fleet-facade demo``'s) policy."""
    return fleet.onboard(policy_name="Agent policy 1", monitoring_enabled=["logs", "metrics"],
                         sys_monitoring=True,
                         integrations=[Integration("nginx", version="1.5.0",
                                                   name="nginx-demo-123")])


def test_onboard_carries_every_platform(fleet: Any) -> None:
    result = demo_onboarding(fleet)

    instructions = result.install_instructions
    assert list(instructions) == list(PLATFORMS)
    assert instructions.version == fleet.server_version()
    assert instructions.fleet_server_url == "https://fleet-server.sandbox.local:8220"


def test_the_seed_policys_linux_script_is_valid_shell(fleet: Any) -> None:
    result = demo_onboarding(fleet)
    linux = result.install_instructions["linux-x86_64"]

    revealed = linux.reveal()
    assert bash_syntax_errors(revealed) == ""
    version = fleet.server_version()
    assert revealed.splitlines() == [
        f"curl -L -O {linux.url}",
        f"tar xzvf elastic-agent-{version}-linux-x86_64.tar.gz",
        f"cd elastic-agent-{version}-linux-x86_64",
        "sudo ./elastic-agent install --url=https://fleet-server.sandbox.local:8220 "
        f"--enrollment-token={result.token}",
    ]


def test_every_shell_script_passes_bash_n(fleet: Any) -> None:
    instructions = demo_onboarding(fleet).install_instructions
    for platform, instruction in instructions.items():
        if instruction.shell == "bash":
            assert bash_syntax_errors(instruction.reveal()) == "", platform
            assert bash_syntax_errors(instruction.script) == "", platform


def test_each_url_is_the_download_source_host_and_version(fleet: Any) -> None:
    source = fleet.download_sources.create(name="Mirror", host="https://mirror.example/dl/")
    policy = fleet.agent_policies.create(name="mirrored", namespace="default",
                                         download_source_id=source.id)

    instructions = fleet.agent_install(policy_id=policy.id, version="9.0.2")

    for platform, artifact in ARTIFACTS.items():
        assert instructions[platform].url == (
            f"https://mirror.example/dl/beats/elastic-agent/elastic-agent-9.0.2-{artifact}")
        assert instructions[platform].url in instructions[platform].script
    assert instructions["kubernetes"].url is None


def test_the_default_download_source_is_used_when_the_policy_names_none(fleet: Any) -> None:
    policy = fleet.agent_policies.create(name="plain", namespace="default")
    [default] = [s for s in fleet.download_sources.list() if s.is_default]

    found = fleet.agent_install(policy_id=policy.id, platforms=["rpm-aarch64"])

    base = str(default.host).rstrip("/")
    assert found["rpm-aarch64"].url == (f"{base}/beats/elastic-agent/elastic-agent-"
                                        f"{fleet.server_version()}-aarch64.rpm")
    assert list(found) == ["rpm-aarch64"]


def test_the_policys_fleet_server_host_and_both_proxies_are_used(fleet: Any) -> None:
    download_proxy = fleet.proxies.create(name="dl proxy", url="http://dl-proxy:3128")
    fleet_proxy = fleet.proxies.create(name="fs proxy", url="http://fs-proxy:3128",
                                       proxy_headers={"X-Team": "web ops"})
    source = fleet.download_sources.create(name="Proxied", host="https://mirror.example",
                                           proxy_id=download_proxy.id)
    host = fleet.fleet_server_hosts.create(name="Other", host_urls=["https://fs2.example:8220"],
                                           proxy_id=fleet_proxy.id)
    policy = fleet.agent_policies.create(name="proxied", namespace="default",
                                         download_source_id=source.id,
                                         fleet_server_host_id=host.id)

    found = fleet.agent_install(policy_id=policy.id)

    linux = found["linux-x86_64"].script.splitlines()
    assert linux[0].endswith(" --proxy http://dl-proxy:3128")
    assert linux[-1].endswith("--url=https://fs2.example:8220 --enrollment-token=*** "
                              "--proxy-url=http://fs-proxy:3128 --proxy-header 'X-Team=web ops'")
    assert bash_syntax_errors(found["deb-x86_64"].reveal()) == ""
    windows = found["windows-x86_64"].script.splitlines()
    assert windows[1].endswith("-Proxy http://dl-proxy:3128")
    assert found.fleet_server_url == "https://fs2.example:8220"


def test_fleet_server_tls_asks_for_the_agent_certificate_files(fleet: Any) -> None:
    host = fleet.fleet_server_hosts.create(
        name="mTLS", host_urls=["https://fs-tls.example:8220"],
        ssl={"agent_certificate_authorities": ["-----BEGIN CERTIFICATE-----"],
             "agent_certificate": "-----BEGIN CERTIFICATE-----"})
    policy = fleet.agent_policies.create(name="tls", namespace="default",
                                         fleet_server_host_id=host.id)

    linux = fleet.agent_install(policy_id=policy.id, platforms=["linux-x86_64"])["linux-x86_64"]

    assert "--certificate-authorities='<PATH_TO_CA>'" in linux.script
    assert "--elastic-agent-cert='<PATH_TO_AGENT_CERT>'" in linux.script
    assert "--elastic-agent-cert-key" not in linux.script
    assert any("<PATH_TO_CA>" in note for note in linux.notes)
    assert bash_syntax_errors(linux.reveal()) == ""


def test_the_token_is_masked_everywhere_but_reveal(fleet: Any) -> None:
    result = demo_onboarding(fleet)
    secret = result.token
    instructions = result.install_instructions

    for platform, instruction in instructions.items():
        for shown in (instruction.script, repr(instruction), str(instruction)):
            assert secret not in shown, platform
        assert secret in instruction.reveal(), platform
    assert secret not in repr(instructions) + str(instructions) + repr(result)
    assert "--enrollment-token=***" in instructions["linux-x86_64"].script
    assert result.masked_install_command().endswith("--enrollment-token=***")


def test_kubernetes_writes_kibanas_manifest_and_applies_it(fleet: Any) -> None:
    result = demo_onboarding(fleet)
    kubernetes = result.install_instructions["kubernetes"]

    lines = kubernetes.script.splitlines()
    assert lines[-1] == "kubectl apply -f elastic-agent-managed-kubernetes.yml"
    assert "FLEET_ENROLLMENT_TOKEN" in kubernetes.script
    assert 'value: "***"' in kubernetes.script
    assert f'value: "{result.token}"' in kubernetes.reveal()
    assert 'value: "https://fleet-server.sandbox.local:8220"' in kubernetes.reveal()
    assert bash_syntax_errors(kubernetes.reveal()) == ""


def test_powershell_text_is_powershell(fleet: Any) -> None:
    instructions = demo_onboarding(fleet).install_instructions
    version = instructions.version
    zipped = instructions["windows-x86_64"].reveal().splitlines()
    msi = instructions["windows-msi"].reveal().splitlines()

    assert zipped[0] == msi[0] == "$ProgressPreference = 'SilentlyContinue'"
    assert zipped[1].startswith("Invoke-WebRequest -Uri https://")
    assert zipped[1].endswith(f"-OutFile elastic-agent-{version}-windows-x86_64.zip")
    assert zipped[2] == (f"Expand-Archive .\\elastic-agent-{version}-windows-x86_64.zip "
                         "-DestinationPath .")
    assert zipped[3] == f"cd elastic-agent-{version}-windows-x86_64"
    assert zipped[4].startswith(".\\elastic-agent.exe install --url=https://")
    assert re.fullmatch(rf'\.\\elastic-agent-{version}-windows-x86_64\.msi --% '
                        r'INSTALLARGS="--url=\S+ --enrollment-token=\S+"', msi[2])
    for line in zipped + msi:
        assert not line.startswith(("sudo", "curl", "tar ")), line
        assert line.count("'") % 2 == 0 and line.count('"') % 2 == 0, line


def test_agent_install_picks_the_policys_active_default_token(fleet: Any) -> None:
    policy = fleet.agent_policies.create(name="tokens", namespace="default")
    extra = fleet.enrollment_tokens.create(policy_id=policy.id, name="extra")
    default = next(t for t in fleet.enrollment_tokens.list(policy_id=policy.id)
                   if str(t.name).startswith("Default"))

    chosen = fleet.agent_install(policy_id=policy.id, platforms=["linux-x86_64"])
    asked = fleet.agent_install(policy_id=policy.id, platforms=["linux-x86_64"],
                                enrollment_token_id=extra.id)

    assert str(default.api_key) in chosen["linux-x86_64"].reveal()
    assert str(extra.api_key) in asked["linux-x86_64"].reveal()


@pytest.mark.parametrize(("options", "option", "valid"), [
    ({"platforms": ["linux-amd64"]}, "platform", "linux-x86_64"),
    ({"download_source_id": "nope"}, "download_source_id", "fleet-default-download-source"),
    ({"fleet_server_host_id": "nope"}, "fleet_server_host_id",
     "fleet-default-fleet-server-host"),
    ({"version": "7.0.0"}, "version", "9.1.0"),
    ({"enrollment_token_id": "nope"}, "enrollment_token_id", ""),
])
def test_bad_choices_name_the_valid_ones_and_create_nothing(
    fleet: Any, sandbox: FleetSandbox, options: dict[str, Any], option: str, valid: str
) -> None:
    policy = fleet.agent_policies.create(name="bad input", namespace="default")
    before = stored(sandbox)

    with pytest.raises(InstallOptionError) as raised:
        fleet.agent_install(policy_id=policy.id, **options)

    assert raised.value.option == option
    assert valid in raised.value.choices or not valid
    assert valid in str(raised.value)
    assert isinstance(raised.value, InvalidValueError)
    assert stored(sandbox) == before


def test_an_unknown_platform_is_refused_before_any_request(fleet: Any,
                                                           sandbox: FleetSandbox) -> None:
    sent = len(sandbox.requests)
    with pytest.raises(InstallOptionError, match="valid: linux-x86_64, linux-aarch64"):
        fleet.agent_install(policy_id="any", platforms=["solaris"])
    assert len(sandbox.requests) == sent


def test_a_version_that_is_not_semantic_is_refused(fleet: Any) -> None:
    with pytest.raises(InvalidValueError, match="semantic version"):
        fleet.agent_install(policy_id="any", version="9.1")


def test_a_policy_without_an_active_token_is_said_so(fleet: Any) -> None:
    policy = fleet.agent_policies.create(name="no tokens", namespace="default")
    for token in fleet.enrollment_tokens.list(policy_id=policy.id):
        fleet.enrollment_tokens.revoke(id=token.id)

    with pytest.raises(InvalidValueError, match="no active enrollment token"):
        fleet.agent_install(policy_id=policy.id)


def test_a_policy_naming_a_missing_download_source_fails_onboarding_cleanly(
    fleet: Any, sandbox: FleetSandbox
) -> None:
    source = fleet.download_sources.create(name="Gone soon", host="https://gone.example")
    policy = fleet.agent_policies.create(name="dangling", namespace="default",
                                         download_source_id=source.id)
    # Kibana refuses to delete a source a policy uses, so the dangling reference is made
    # behind Kibana's back, as a restored snapshot or a raced delete would leave it.
    del sandbox.state.download_sources[source.id]

    with pytest.raises(WorkflowError) as raised:
        fleet.onboard(policy_id=policy.id)

    assert raised.value.step == "read install instructions"
    assert isinstance(raised.value.cause, InstallOptionError)
    assert "named by the agent policy" in str(raised.value.cause)


@pytest.mark.parametrize(("kibana", "available", "expected"), [
    ("9.1.0", ["9.1.0", "9.0.3"], "9.1.0"),
    ("9.1.3", ["9.1.2", "9.1.1", "9.0.5"], "9.1.2"),   # released agents lag Kibana's patch
    ("9.2.0", ["9.1.4", "9.1.3"], "9.1.4"),            # not yet out: the newest before it
    ("9.1.0", ["9.3.0", "9.2.1"], "9.3.0"),            # nothing older: the newest
    ("9.1.0", [], "9.1.0"),
    ("9.1.0", None, "9.1.0"),
])
def test_the_agent_version_follows_kibanas_flyout(kibana: str, available: list[str] | None,
                                                  expected: str) -> None:
    assert agent_version_for(kibana, available) == expected


def test_no_fleet_server_host_leaves_kibanas_placeholder_and_a_note() -> None:
    settings = InstallSettings(fleet_server_url=None, version="9.1.0")
    found = build_install_instructions(settings=settings, token="abc", platforms=["deb-x86_64"])

    assert "sudo elastic-agent enroll --url=FLEET_SERVER_HOST --enrollment-token=***" \
        in found["deb-x86_64"].script
    assert found["deb-x86_64"].notes
    assert isinstance(found, InstallInstructions)
    with pytest.raises(InstallOptionError, match="valid: deb-x86_64"):
        found["linux-x86_64"]
