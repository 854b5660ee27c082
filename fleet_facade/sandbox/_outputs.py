"""Fleet outputs: Kibana's output service rules over the generic collection.

Read in Kibana (``x-pack/platform/plugins/shared/fleet/``): ``server/services/output.ts``
(create/update/delete, presets, Kafka defaults, type changes, default switching),
``server/routes/output/handler.ts`` (duplicate secrets, policy bumps, 404 text),
``common/services/output_helpers.ts`` (presets), ``server/types/models/output.ts``
(Logstash and Kafka host validators) and ``server/services/secrets/outputs.ts``.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import yaml

from . import _secrets
from ._agent_policies import package_policies_of
from ._catalog import semver_key
from ._core import FleetCore
from ._crud import CrudCollection, normalize_host, output_saved_object_id, policies_with
from ._http import KibanaError
from ._router import Ctx

Json = dict[str, Any]

#: ``RESERVED_CONFIG_YML_KEYS``: keys a ``balanced`` preset sets itself.
RESERVED_CONFIG_YML_KEYS = (
    "bulk_max_size",
    "compression_level",
    "connection_idle_timeout",
    "queue.mem.events",
    "queue.mem.flush.min_events",
    "queue.mem.flush.timeout",
    "worker",
)
_PRESET_TYPES = ("elasticsearch", "remote_elasticsearch")
#: Performance presets came with Kibana 8.12 (earlier outputs have no ``preset``).
PRESETS_SINCE = "8.12.0"
_KAFKA_FIELDS = (
    "version", "key", "compression", "compression_level", "connection_type", "client_id",
    "auth_type", "username", "password", "sasl", "partition", "random", "round_robin", "hash",
    "topic", "headers", "timeout", "broker_timeout", "required_acks", "ssl",
)
_KAFKA_HOST = re.compile(r"^[^:/\s]+:(?P<port>\d+)\Z")


def _parse_yaml(config_yaml: str | None) -> Any:
    """The parsed ``config_yaml``; None when empty or not YAML (Kibana's parser throws there and
    the request fails with a 500; the sandbox stores the text as given)."""
    try:
        return yaml.safe_load(config_yaml) if config_yaml else None
    except yaml.YAMLError:
        return None


def _leaf_paths(node: Any, prefix: str = "") -> set[str]:
    """The dotted paths of a mapping's leaves (``getFlattenedObject``'s keys)."""
    if not isinstance(node, dict):
        return {prefix[:-1]} if prefix else set()
    found: set[str] = set()
    for key, value in node.items():
        found |= _leaf_paths(value, f"{prefix}{key}.")
    return found


def has_reserved_key(config_yaml: str | None) -> bool:
    """``outputYmlIncludesReservedPerformanceKey``: a reserved leaf path, or for a YAML that is
    one plain string, a reserved key anywhere in it."""
    parsed = _parse_yaml(config_yaml)
    if isinstance(parsed, str):
        return any(key in parsed for key in RESERVED_CONFIG_YML_KEYS)
    return bool(_leaf_paths(parsed) & set(RESERVED_CONFIG_YML_KEYS))


def default_preset(config_yaml: str | None) -> str:
    """``getDefaultPresetForEsOutput``: ``custom`` when the YAML sets a reserved key."""
    return "custom" if has_reserved_key(config_yaml) else "balanced"


def _logstash_host_error(host: str) -> str | None:
    # validateLogstashHost (server/types/models/output.ts).
    if re.match(r"^https?://", host):
        return "Host address must begin with a domain name or IP address"
    if not re.match(r"^[^\s/?#@]+\Z", host):
        return "Invalid Logstash host"
    return None


def _kafka_host_error(host: str) -> str | None:
    # The Kafka schema's host validator (server/types/models/output.ts).
    found = _KAFKA_HOST.match(host)
    if found is None:
        return 'Invalid format. Expected "host:port" without protocol'
    if not 1 <= int(found["port"]) <= 65535:
        return "Invalid port number. Expected a number between 1 and 65535"
    return None


def _has_package(core: FleetCore, policy: Json, package: str) -> bool:
    if package == "fleet_server" and policy.get("has_fleet_server"):
        return True
    return any(
        (p.get("package") or {}).get("name") == package
        for p in package_policies_of(core, policy["id"])
    )


class Outputs(CrudCollection):
    """``/api/fleet/outputs``."""

    base = "/api/fleet/outputs"
    param = "outputId"
    saved_object_type = "ingest-outputs"
    not_found = "Output {id} not found"
    required = ("name", "type")
    types: ClassVar[dict[str, str]] = {
        "name": "string", "type": "output-type", "hosts": "string[]",
        "is_default": "boolean", "is_default_monitoring": "boolean",
        "ca_sha256": "string", "ca_trusted_fingerprint": "string",
        "config_yaml": "string", "proxy_id": "string",
    }
    default_flags = ("is_default", "is_default_monitoring")
    secret_paths = ("secrets.ssl.key", "secrets.password", "secrets.service_token")
    secrets_minimum = _secrets.OUTPUT_SECRETS_MINIMUM
    sort_default_first = True

    def store(self, core: FleetCore) -> dict[str, Json]:
        return core.state.outputs

    def conflict_id(self, item_id: str) -> str:
        return output_saved_object_id(item_id)

    def paths_for(self, output_type: str | None) -> tuple[str, ...]:
        """``getOutputSecretPaths``: the password is Kafka's, the service token remote ES's."""
        paths = ["secrets.ssl.key"]
        if output_type == "kafka":
            paths.append("secrets.password")
        if output_type == "remote_elasticsearch":
            paths.append("secrets.service_token")
        return tuple(paths)

    # -- checks ----------------------------------------------------------------------------

    def check(self, ctx: Ctx, body: Json, original: Json | None) -> None:
        if original is not None:
            self._check_editable(original, body)
        self._check_duplicate_secrets(body)
        output_type = body.get("type") or (original or {}).get("type")
        self._check_hosts(output_type, body.get("hosts"))
        if original is not None and any(
            original.get(flag) and body.get(flag) is False for flag in self.default_flags
        ):
            raise KibanaError(
                400,
                f"Default output {original['id']} cannot be set to is_default=false or "
                "is_default_monitoring=false manually. Make another output the default first.",
            )
        balanced = body.get("preset") == "balanced"
        if balanced and self._presets(ctx.core, output_type) and has_reserved_key(
            body.get("config_yaml")
        ):
            raise KibanaError(
                400,
                "preset cannot be balanced when config_yaml contains one of "
                + ", ".join(RESERVED_CONFIG_YML_KEYS),
            )
        if original is not None:
            merged_default = body.get("is_default", original.get("is_default"))
            if output_type != original["type"] or merged_default != original.get("is_default"):
                self._check_type_change(ctx.core, original, body, bool(merged_default))

    @staticmethod
    def _check_editable(original: Json, body: Json) -> None:
        # _validateFieldsAreEditable: a preconfigured output changes only its allow_edit fields.
        if not original.get("is_preconfigured"):
            return
        allowed = original.get("allow_edit") or []
        for key, value in body.items():
            if (original.get(key) or value) and key not in allowed and original.get(key) != value:
                raise KibanaError(
                    400,
                    f"Preconfigured output {original['id']} {key} cannot be updated outside of "
                    "kibana config file.",
                )

    @staticmethod
    def _check_duplicate_secrets(body: Json) -> None:
        # ensureNoDuplicateSecrets (routes/output/handler.ts): the type is the body's own.
        secrets = body.get("secrets") or {}
        if body.get("type") == "kafka" and body.get("password") and secrets.get("password"):
            raise KibanaError(400, "Cannot specify both password and secrets.password")
        if (body.get("ssl") or {}).get("key") and (secrets.get("ssl") or {}).get("key"):
            raise KibanaError(400, "Cannot specify both ssl.key and secrets.ssl.key")
        if (body.get("type") == "remote_elasticsearch" and body.get("service_token")
                and secrets.get("service_token")):
            raise KibanaError(400, "Cannot specify both service_token and secrets.service_token")

    @staticmethod
    def _check_hosts(output_type: str | None, hosts: Any) -> None:
        validator = {"logstash": _logstash_host_error, "kafka": _kafka_host_error}.get(
            output_type or ""
        )
        if validator is None or not isinstance(hosts, list):
            return
        for index, host in enumerate(hosts):
            error = validator(host) if isinstance(host, str) else None
            if error:
                raise KibanaError(400, f"[request body.hosts.{index}]: {error}")

    def _policies_of(self, core: FleetCore, output_id: str | None, is_default: bool) -> list[Json]:
        """``getAgentPoliciesPerOutput``: policies naming the output as data output (or, for
        the default, naming none), or holding a package policy sent to it."""
        policies = core.state.agent_policies.values()
        found = {
            p["id"]: p for p in policies
            if (output_id is not None and p.get("data_output_id") == output_id)
            or (is_default and not p.get("data_output_id"))
        }
        if output_id is not None:
            for package_policy in core.state.package_policies.values():
                if package_policy.get("output_id") == output_id:
                    for policy_id in package_policy["policy_ids"]:
                        if policy_id in core.state.agent_policies:
                            found.setdefault(policy_id, core.state.agent_policies[policy_id])
        return list(found.values())

    def _check_type_change(
        self, core: FleetCore, original: Json, body: Json, merged_default: bool
    ) -> None:
        # validateTypeChanges (services/output.ts).
        new_type = body.get("type")
        users = self._policies_of(core, original["id"], merged_default)
        if "logstash" in (new_type, original["type"]) and any(
            _has_package(core, p, "apm") for p in users
        ):
            raise KibanaError(400, "Logstash output cannot be used with APM integration.")
        if original["type"] == "elasticsearch" and new_type and new_type != "elasticsearch":
            for integration, package in (("Fleet Server", "fleet_server"),
                                         ("Synthetics", "synthetics")):
                for policy in users:
                    if _has_package(core, policy, package):
                        raise KibanaError(
                            400,
                            f"{new_type.capitalize()} output cannot be used with {integration} "
                            f"integration in {policy['name']}. Please create a new "
                            "Elasticsearch output.",
                        )
            for policy in users:
                if policy.get("supports_agentless"):
                    raise KibanaError(
                        400,
                        f"{new_type.capitalize()} output cannot be used with agentless "
                        f"integration in {policy['name']}. Please create a new Elasticsearch "
                        "output.",
                    )

    # -- shaping ---------------------------------------------------------------------------

    def new_item(self, ctx: Ctx, item_id: str, body: Json) -> Json:
        item = super().new_item(ctx, item_id, body)
        self._pin_policies_to_default(ctx, item)
        return item

    def _pin_policies_to_default(self, ctx: Ctx, data: Json) -> None:
        # updateAgentPoliciesDataOutputId: a new non-ES default leaves Fleet Server, Synthetics
        # and agentless policies on the previous default output, named explicitly.
        if data.get("type") == "elasticsearch" or not data.get("is_default"):
            return
        previous = next(
            (o["id"] for o in ctx.core.state.outputs.values() if o.get("is_default")), None
        )
        for policy in list(ctx.core.state.agent_policies.values()):
            special = (_has_package(ctx.core, policy, "fleet_server")
                       or _has_package(ctx.core, policy, "synthetics")
                       or policy.get("supports_agentless"))
            if special and not policy.get("data_output_id"):
                policy["data_output_id"] = previous
                ctx.core.bump_agent_policy(policy["id"], ctx.user)

    @staticmethod
    def _presets(core: FleetCore, output_type: str | None) -> bool:
        """``outputTypeSupportPresets``, on the Kibana versions that have presets."""
        return output_type in _PRESET_TYPES and semver_key(core.kibana_version) >= semver_key(
            PRESETS_SINCE
        )

    def shape(self, ctx: Ctx, data: Json, original: Json | None) -> None:
        presets = self._presets(ctx.core, data.get("type") or (original or {}).get("type"))
        if original is None:
            self._shape_new(data, presets)
        else:
            merged = {**original, **data}
            if merged["type"] != original["type"] or bool(merged.get("is_default")) != bool(
                original.get("is_default")
            ):
                self._pin_policies_to_default(ctx, merged)
            self._shape_update(data, original, presets)
        merged_type = data.get("type") or (original or {}).get("type")
        if merged_type in _PRESET_TYPES and data.get("hosts"):
            data["hosts"] = [normalize_host(h) for h in data["hosts"]]
        self._drop_disabled_shipper(data)

    @staticmethod
    def _shape_new(data: Json, presets: bool) -> None:
        if presets and not data.get("preset"):
            data["preset"] = default_preset(data.get("config_yaml"))
        if data["type"] == "kafka":
            _kafka_defaults(data)
            if data.get("auth_type") != "none":
                data.pop("connection_type", None)
            if data.get("auth_type") != "user_pass":
                data.pop("username", None)
                data.pop("password", None)
            # Kafka takes no proxy; Kibana clears a given proxy_id silently.
            data["proxy_id"] = None

    @staticmethod
    def _shape_update(data: Json, original: Json, presets: bool) -> None:
        merged_type = data.get("type") or original["type"]
        if merged_type != original["type"]:
            data["type"] = merged_type
            if merged_type == "elasticsearch" and presets:
                data["preset"] = None
            if original["type"] == "kafka":
                for key in _KAFKA_FIELDS:
                    data.setdefault(key, None)
            if original["type"] == "remote_elasticsearch":
                data["service_token"] = data["kibana_api_key"] = None
            if merged_type in ("logstash", "kafka"):
                data["ca_trusted_fingerprint"] = data["ca_sha256"] = None
            if merged_type == "kafka":
                _kafka_defaults(data, updating=True)
            if presets and not data.get("preset"):
                data["preset"] = default_preset(data.get("config_yaml"))
        if data.get("type") == "kafka":
            # A Kafka update restates its credentials and TLS: what it leaves out is cleared.
            for key in ("password", "username", "sasl", "ssl"):
                if not data.get(key):
                    data[key] = None
        if merged_type == "kafka":
            data["proxy_id"] = None

    @staticmethod
    def _drop_disabled_shipper(data: Json) -> None:
        # Shipper values are kept only when config_yaml enables the shipper.
        if not data.get("shipper"):
            return
        parsed = _parse_yaml(data.get("config_yaml"))
        shipper = parsed.get("shipper") if isinstance(parsed, dict) else None
        if not shipper or (isinstance(shipper, dict) and shipper.get("enabled") is False):
            data["shipper"] = None

    def merge_plain(self, data: Json) -> None:
        secrets = data.get("secrets") or {}
        if (secrets.get("ssl") or {}).get("key") and not (data.get("ssl") or {}).get("key"):
            data["ssl"] = {**(data.get("ssl") or {}), **secrets["ssl"]}
        for field in ("password", "service_token"):
            if secrets.get(field) and not data.get(field):
                data[field] = secrets[field]

    # -- bumps and deletion ----------------------------------------------------------------

    def related_policies(self, core: FleetCore, item: Json) -> set[str]:
        # bumpAllAgentPoliciesForOutput: policies sending data or monitoring to the output,
        # or holding a package policy that does.
        found = policies_with(core, "data_output_id", item["id"])
        found |= policies_with(core, "monitoring_output_id", item["id"])
        for package_policy in core.state.package_policies.values():
            if package_policy.get("output_id") == item["id"]:
                found |= set(package_policy["policy_ids"]) & set(core.state.agent_policies)
        return found

    @staticmethod
    def _check_fallback(core: FleetCore, item: Json) -> None:
        """A policy losing its data output falls back to the default; agentPolicyService's
        ``validateOutputForPolicy`` refuses a non-Elasticsearch default for a Fleet Server or
        Synthetics policy, before any policy is changed."""
        fallback = next((o for o in core.state.outputs.values() if o.get("is_default")), None)
        if fallback is None or fallback["type"] == "elasticsearch":
            return
        for policy_id in sorted(policies_with(core, "data_output_id", item["id"])):
            policy = core.state.agent_policies[policy_id]
            if _has_package(core, policy, "fleet_server") or _has_package(
                core, policy, "synthetics"
            ):
                raise KibanaError(
                    400,
                    f'Output of type "{fallback["type"]}" is not usable with policy '
                    f'"{policy["name"]}".',
                )

    def refuse_delete(self, item: Json) -> None:
        # OutputUnauthorizedError is a plain FleetError: 400.
        if item.get("is_preconfigured"):
            raise KibanaError(
                400,
                f"Preconfigured output {item['id']} cannot be deleted outside of kibana config "
                "file.",
            )
        if item.get("is_default"):
            raise KibanaError(400, f"Default output {item['id']} cannot be deleted.")
        if item.get("is_default_monitoring"):
            raise KibanaError(400, f"Default monitoring output {item['id']} cannot be deleted.")

    def unlink(self, core: FleetCore, item: Json, user: str) -> None:
        # removeOutputFromAll on package policies, then on agent policies; each update bumps.
        self._check_fallback(core, item)
        touched: set[str] = set()
        for package_policy in core.state.package_policies.values():
            if package_policy.get("output_id") == item["id"]:
                package_policy["output_id"] = None
                touched |= set(package_policy["policy_ids"])
        for field in ("data_output_id", "monitoring_output_id"):
            for policy_id in policies_with(core, field, item["id"]):
                core.state.agent_policies[policy_id][field] = None
                touched.add(policy_id)
        for policy_id in sorted(touched):
            core.bump_agent_policy(policy_id, user)


def _kafka_defaults(data: Json, *, updating: bool = False) -> None:
    # The Kafka defaults of OutputService.create / update.
    data["version"] = data.get("version") or "1.0.0"
    data["compression"] = data.get("compression") or "gzip"
    if data["compression"] == "gzip" and not data.get("compression_level"):
        data["compression_level"] = 4
    if updating and data["compression"] != "gzip":
        data["compression_level"] = None
    data["client_id"] = data.get("client_id") or "Elastic"
    if data.get("username") and data.get("password") and not (data.get("sasl") or {}).get(
        "mechanism"
    ):
        data["sasl"] = {"mechanism": "PLAIN"}
    data["partition"] = data.get("partition") or "hash"
    for partition in ("random", "round_robin"):
        if data["partition"] == partition and not (data.get(partition) or {}).get("group_events"):
            data[partition] = {"group_events": 1}
    data["timeout"] = data.get("timeout") or 30
    data["broker_timeout"] = data.get("broker_timeout") or 10
    if data.get("required_acks") is None:
        data["required_acks"] = 1


OUTPUTS = Outputs()
