"""What a fresh Fleet deployment holds (default output, Fleet Server host, download source,
settings) and what its setup routes answer."""

from __future__ import annotations

from typing import Any

from . import _secrets
from ._catalog import semver_key
from ._core import FleetCore
from ._outputs import PRESETS_SINCE

Json = dict[str, Any]

DEFAULT_OUTPUT_ID = "fleet-default-output"
DEFAULT_FLEET_SERVER_HOST = "https://fleet-server.sandbox.local:8220"


def seed_defaults(core: FleetCore) -> None:
    """The objects a fresh Fleet deployment has."""
    state, now = core.state, core.now_iso()
    state.outputs[DEFAULT_OUTPUT_ID] = {
        "id": DEFAULT_OUTPUT_ID,
        "name": "default",
        "type": "elasticsearch",
        "hosts": ["http://elasticsearch.sandbox.local:9200"],
        "is_default": True,
        "is_default_monitoring": True,
        "is_preconfigured": False,
        "is_internal": False,
        "config_yaml": "",
    }
    if semver_key(core.kibana_version) >= semver_key(PRESETS_SINCE):
        # Kibana backfills the preset of outputs made before presets existed.
        state.outputs[DEFAULT_OUTPUT_ID]["preset"] = "balanced"
    state.fleet_server_hosts["fleet-default-fleet-server-host"] = {
        "id": "fleet-default-fleet-server-host",
        "name": "Default",
        "is_default": True,
        "host_urls": [DEFAULT_FLEET_SERVER_HOST],
        "is_preconfigured": False,
        "is_internal": False,
    }
    state.download_sources["fleet-default-download-source"] = {
        "id": "fleet-default-download-source",
        "name": "Elastic Artifacts",
        "is_default": True,
        "host": "https://artifacts.elastic.co/downloads/",
    }
    state.settings.update(
        id="fleet-default-settings",
        prerelease_integrations_enabled=False,
        has_seen_add_data_notice=True,
        version=core.ids.so_version(),
        updated_at=now,
    )
    # Kibana records once that Fleet Server met a secret feature's minimum version
    # (services/secrets/*.ts); the sandbox's Fleet Server runs the version it plays.
    for flag, minimum in (
        ("secret_storage_requirements_met", _secrets.SECRETS_MINIMUM),
        ("output_secret_storage_requirements_met", _secrets.OUTPUT_SECRETS_MINIMUM),
    ):
        if _secrets.storage_enabled(core, minimum):
            state.settings[flag] = True


def setup_result() -> Json:
    """The answer of ``POST /api/fleet/setup`` and ``POST /api/fleet/agents/setup``: the
    sandbox is always set up (Kibana serves both with one handler, ``fleetSetupHandler``)."""
    return {"isInitialized": True, "nonFatalErrors": []}
