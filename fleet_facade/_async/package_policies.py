"""``fleet.package_policies``: integration policies, written in Kibana's simplified format.

Kibana 8.5+ takes the simplified ``inputs``/``vars`` as they are. Kibana 7.17 and 8.0-8.4 take
only the full (array) form: for them the facade builds it from the package manifest and the
same simplified ``inputs``/``vars`` (:mod:`fleet_facade._full_package_policy`). Which form a
server takes is learnt from its first refusal, not asked up front: Kibana before 8.5 refuses a
simplified body with a 400 (its body schema has only the array form), the facade then reads
``GET /api/status`` once per client and, on a version before 8.5, sends the full form; every
later write goes straight to the form the version takes. That costs nothing on 8.5+ and two
requests once per client on older servers, where asking ``/api/status`` first would cost one
request per client on every version. Answers in either form parse.
"""

from __future__ import annotations

import builtins
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, cast

from .._endpoint import PACKAGE as ENDPOINT_PACKAGE
from .._endpoint import create_inputs as endpoint_create_inputs
from .._endpoint import update_problems as endpoint_update_problems
from .._envelopes import created, item_of, items_of
from .._exceptions import BadRequestError, InvalidInputsError, UnsupportedByServerError
from .._full_package_policy import completed_inputs, full_request_body
from .._integration_inputs import check_simplified_shape, validate_inputs
from .._kql import kql_quote
from .._model_fields import plain
from .._ops import Body, clean
from .._package_policy_fields import agent_policy_ids
from .._package_policy_simplified import simplified_from_full
from .._pages import DEFAULT_PER_PAGE
from .._versions import (
    FORMAT_SIMPLIFIED,
    REUSABLE_PACKAGE_POLICIES,
    SIMPLIFIED_REQUESTS,
    parse_version,
)
from ._base import AsyncResource
from ._pagination import AsyncListing
from .packages import AsyncPackages

if TYPE_CHECKING:
    from fleet_api_client.models import (
        PackagePolicy,
        PostFleetPackagePoliciesDeleteResponse200Item,
        PostFleetPackagePoliciesUpgradeDryrunResponse200Item,
        PostFleetPackagePoliciesUpgradeResponse200Item,
    )
    from fleet_api_client.models import (
        PackagePolicySecretRef as DeletedId,  # the generator's name for the shared {id} schema
    )


class AsyncPackagePolicies(AsyncResource):
    """Package (integration) policies (``/api/fleet/package_policies``).

    ``inputs`` and ``vars`` use the simplified format (a mapping), or Kibana's full form (a
    list of inputs, for integrations whose template needs ``config``, or for exact control);
    either is checked against the package manifest before anything is sent (see
    :func:`fleet_facade._integration_inputs.validate_inputs`).
    """

    def __init__(self, transport: Any, packages: AsyncPackages) -> None:
        super().__init__(transport)
        self._packages = packages

    def _format(self, format: str | None) -> dict[str, Any]:
        """Call arguments for ``?format=``, with the Kibana versions the request relies on."""
        needs = []
        if format == "simplified":
            needs.append(self._t.require("format=simplified responses", FORMAT_SIMPLIFIED))
        arguments: dict[str, Any] = {"requires": needs}
        if format is not None:
            arguments["format_"] = format
        return arguments

    async def _checked(
        self,
        package: str,
        version: str | None,
        inputs: Any,
        vars: Any,
        validate: bool,
    ) -> str:
        """The exact package version to send, with ``inputs``/``vars`` checked against it.

        The version and the manifest come from one answer: resolving ``None`` reads the
        versionless package info, which is the manifest validation uses.
        """
        # Even unvalidated bodies must be well formed (a full-form list is checked with them).
        check_simplified_shape(None if isinstance(inputs, list) else inputs,
                               None if isinstance(inputs, list) else vars)
        if validate:  # required variables need checking even when nothing is given
            info = await self._packages.manifest(name=package, version=version)
            validate_inputs(info, inputs, vars)
            return str(info.version)
        return await self._packages.resolve_version(name=package, version=version)

    def _before_simplified(self) -> bool:
        """Whether the server is known (from an earlier answer) to predate simplified bodies."""
        known = self._t.shared.get("version")
        return known is not None and parse_version(known) < parse_version(SIMPLIFIED_REQUESTS)

    async def _send(
        self,
        operation_id: str,
        body: dict[str, Any],
        full_form: Callable[[], Awaitable[Any]],
        *,
        simplified: bool,
        format: str | None,
        **params: Any,
    ) -> Any:
        """Send ``body``, or ``full_form()`` to a Kibana before 8.5 if ``body`` is simplified.

        Kibana reads a body as simplified unless its ``inputs`` is a list; a create without
        inputs is simplified too, an update without inputs or vars is a complete request
        valid in both forms. See the module docstring for how the server's form is learnt.
        """
        arguments = {**self._format(format), **params}
        if simplified and self._before_simplified():
            return await self._t.call(operation_id, body=Body(await full_form()), **arguments)
        try:
            return await self._t.call(operation_id, body=Body(body), **arguments)
        except BadRequestError:
            if not simplified:
                raise
            version = await self._t.server_version()  # read once per client
            if parse_version(version) >= parse_version(SIMPLIFIED_REQUESTS):
                raise
        return await self._t.call(operation_id, body=Body(await full_form()), **arguments)

    async def _single_policy(self, policy_ids: builtins.list[str]) -> str | None:
        """The one agent policy a full-form body names (``policy_ids`` came with 8.15)."""
        if len(policy_ids) > 1:
            raise UnsupportedByServerError(
                "a package policy on several agent policies (policy_ids)",
                required=REUSABLE_PACKAGE_POLICIES, server_version=await self._t.server_version())
        return policy_ids[0] if policy_ids else None

    async def create(
        self,
        *,
        name: str,
        package: str,
        version: str | None = None,
        policy_id: str | None = None,
        policy_ids: builtins.list[str] | None = None,
        namespace: str | None = None,
        description: str | None = None,
        inputs: dict[str, Any] | builtins.list[dict[str, Any]] | None = None,
        vars: dict[str, Any] | None = None,
        id: str | None = None,
        output_id: str | None = None,
        force: bool | None = None,
        format: str | None = None,
        validate: bool = True,
    ) -> PackagePolicy:
        """Add an integration to agent policies; safe to retry (found again by name).

        Args:
            name: Unique package policy name.
            package: Package name, e.g. ``"nginx"``.
            version: ``None`` (default): the installed version, else the latest (one request,
                whose answer is also the manifest ``inputs`` are checked against).
                ``"latest"``: the registry's newest; if it is newer than the installed
                version, Kibana upgrades the package for the whole cluster (creating a
                policy installs the version it names: server/services/package_policy.ts
                create -> ensureInstalledPackage). Or an exact version.
            policy_id: The agent policy to add it to.
            policy_ids: Several agent policies (instead of ``policy_id``).
            namespace: Data stream namespace (default: the agent policy's).
            description: Free text.
            inputs: Simplified inputs, ``{"<template>-<input type>": {"enabled", "vars",
                "streams": {"<dataset>": {"enabled", "vars"}}}}``; or the full form, a list
                of ``{"type", "policy_template", "enabled", "streams": [{"data_stream":
                {"dataset"}, "enabled", "vars"}], "vars", "config"}`` sent as given (Kibana
                keeps the inputs it lists, and adds none).
            vars: Package-level variables ``{name: value}`` (full form: ``{name: {"type",
                "value"}}``).
            id: Explicit id.
            output_id: Output for this integration's data.
            force: Allow changes on managed policies.
            format: ``"simplified"`` to get inputs back in the simplified shape (Kibana 8.10+).
            validate: Check ``inputs``/``vars`` against the manifest first (default).

        Raises:
            InvalidInputsError: Unknown input/stream/variable, missing required variable or a
                value of the wrong type (nothing was sent).
            InvalidPackageVersionError: ``version`` is not a semantic version (nothing sent).
            PackageNotFoundError: Kibana has no such package or version (nothing created).
            ConflictError: The name is taken.
        """
        version = await self._checked(package, version, inputs, vars, validate)
        if isinstance(inputs, list):  # the manifest was read (once per client) by _checked
            inputs = completed_inputs(
                await self._packages.manifest(name=package, version=version), inputs)
        body = clean(
            name=name,
            namespace=namespace,
            description=description,
            policy_id=policy_id,
            policy_ids=policy_ids,
            package={"name": package, "version": version},
            inputs=inputs,
            vars=vars,
            id=id,
            output_id=output_id,
            force=force,
        )

        async def lookup() -> PackagePolicy | None:
            return await self.get_by_name(name=name)

        async def full_form() -> dict[str, Any]:
            info = await self._packages.manifest(name=package, version=version)
            agent_policy = await self._single_policy(
                policy_ids or ([policy_id] if policy_id else []))
            own_namespace = namespace
            if own_namespace is None and agent_policy is not None:
                # Kibana 7.17 requires a namespace: the agent policy's, as newer ones inherit.
                envelope = await self._t.call(
                    "get-fleet-agent-policies-agentpolicyid", agent_policy_id=agent_policy)
                own_namespace = str(item_of(envelope, "get-fleet-agent-policies").namespace)
            return full_request_body(body, info, namespace=own_namespace or "default",
                                     policy_id=agent_policy)

        envelope = await self._send("post-fleet-package-policies", body, full_form,
                                    simplified=not isinstance(inputs, list), format=format,
                                    lookup=lookup)
        return cast("PackagePolicy", created(envelope, "post-fleet-package-policies"))

    async def create_endpoint(
        self,
        *,
        name: str,
        preset: str,
        policy_id: str | None = None,
        policy_ids: builtins.list[str] | None = None,
        namespace: str | None = None,
        description: str | None = None,
        version: str | None = None,
        id: str | None = None,
    ) -> PackagePolicy:
        """Add Elastic Defend (package ``endpoint``) with a preset.

        Kibana's security solution fills in the policy for the preset, and the artifact
        manifest, when it creates it (see :mod:`fleet_facade._endpoint`).

        Args:
            name: Unique package policy name.
            preset: ``"NGAV"``, ``"EDREssential"``, ``"EDRComplete"`` or ``"DataCollection"``.
            policy_id: The agent policy to add it to.
            policy_ids: Several agent policies (instead of ``policy_id``).
            namespace: Data stream namespace (default: the agent policy's).
            description: Free text.
            version: The endpoint package version (default: installed, else latest).
            id: Explicit id.

        Raises:
            InvalidValueError: An unknown preset (nothing was sent).

        Example:
            >>> from fleet_facade import Fleet
            >>> from fleet_facade.sandbox import FleetSandbox
            >>> with FleetSandbox() as sandbox, Fleet(sandbox.url,
            ...                                       api_key=sandbox.api_key) as fleet:
            ...     policy = fleet.agent_policies.create(name="Hosts", namespace="default")
            ...     defend = fleet.package_policies.create_endpoint(
            ...         name="defend-hosts", policy_id=policy.id, preset="NGAV")
            ...     defend.inputs[0].type_
            'endpoint'
        """
        return await self.create(name=name, package=ENDPOINT_PACKAGE, version=version,
                                 policy_id=policy_id, policy_ids=policy_ids,
                                 namespace=namespace, description=description,
                                 inputs=endpoint_create_inputs(preset), id=id)

    async def _in_simplified_form(self, read: Callable[[str | None], Any]) -> Any:
        """``read("simplified")``, or ``read(None)`` before Kibana 8.10, which has no
        ``?format=simplified`` (the facade refuses it there, without a request once the
        version is known); the caller converts a full-form answer."""
        try:
            return await read("simplified")
        except UnsupportedByServerError:
            return await read(None)

    async def get_simplified(self, *, id: str) -> dict[str, Any]:
        """One package policy as a plain dict in the simplified form, on every Kibana version
        (a full-form answer is converted the way Kibana converts it)."""
        found = await self._in_simplified_form(lambda form: self.get(id=id, format=form))
        return simplified_from_full(plain(found))

    async def list_simplified(self) -> builtins.list[dict[str, Any]]:
        """Every package policy as a plain dict in the simplified form (see
        :meth:`get_simplified`)."""
        listed = await self._in_simplified_form(lambda form: self.list(format=form).to_list())
        return [simplified_from_full(plain(p)) for p in listed]

    async def get(self, *, id: str, format: str | None = None) -> PackagePolicy:
        """One package policy."""
        envelope = await self._t.call(
            "get-fleet-package-policies-packagepolicyid",
            package_policy_id=id,
            **self._format(format),
        )
        return cast(
            "PackagePolicy", item_of(envelope, "get-fleet-package-policies-packagepolicyid")
        )

    async def get_by_name(self, *, name: str) -> PackagePolicy | None:
        """The package policy with exactly this name, or ``None``."""
        envelope = await self._t.call(
            "get-fleet-package-policies", kuery=f"name:{kql_quote(name)}", per_page=20
        )
        for policy in items_of(envelope):
            if policy.name == name:
                return cast("PackagePolicy | None", policy)
        return None

    def list(
        self,
        *,
        kuery: str | None = None,
        sort_field: str | None = None,
        sort_order: str | None = None,
        show_upgradeable: bool | None = None,
        with_agent_count: bool | None = None,
        format: str | None = None,
        per_page: int = DEFAULT_PER_PAGE,
    ) -> AsyncListing[PackagePolicy]:
        """All package policies matching ``kuery``, fetched lazily page by page.

        ``format="simplified"`` returns inputs in the simplified map form (Kibana 8.10+).
        """
        return self._paged(
            "get-fleet-package-policies",
            per_page=per_page,
            kuery=kuery,
            sort_field=sort_field,
            sort_order=sort_order,
            show_upgradeable=show_upgradeable,
            with_agent_count=with_agent_count,
            **self._format(format),
        )

    async def bulk_get(
        self, *, ids: builtins.list[str], ignore_missing: bool | None = None
    ) -> builtins.list[PackagePolicy]:
        """Several package policies by id (read-only, retried like a GET)."""
        envelope = await self._t.call(
            "post-fleet-package-policies-bulk-get",
            body=Body(clean(ids=ids, ignoreMissing=ignore_missing)),
            retry=True,
        )
        return items_of(envelope)

    async def update(
        self,
        *,
        id: str,
        name: str | None = None,
        package: str | None = None,
        version: str | None = None,
        namespace: str | None = None,
        description: str | None = None,
        policy_ids: builtins.list[str] | None = None,
        inputs: dict[str, Any] | builtins.list[dict[str, Any]] | None = None,
        vars: dict[str, Any] | None = None,
        force: bool | None = None,
        format: str | None = None,
        validate: bool = True,
    ) -> PackagePolicy:
        """Change a package policy (omitted fields stay as they are).

        The package and its version default to the current ones, so ``inputs``/``vars`` are
        checked against the right manifest; ``version="latest"`` moves the policy to the
        registry's newest version (upgrading the package if it is newer than the installed
        one). Given ``inputs`` or ``vars``, Kibana rebuilds all of the policy's inputs from
        the package defaults plus what they say (simplified_package_policy_helper.ts), so pass
        the whole configuration; without either, the inputs and variables are kept
        (server/routes/package_policy/handlers.ts updatePackagePolicyHandler: a body without
        ``inputs`` is a complete request whose missing fields keep their current values).
        A full-form ``inputs`` list is sent as given (for Elastic Defend it must carry the
        ``endpoint`` input with its ``policy`` and ``artifact_manifest``, as read).
        """
        current: Any = None
        if package is None or version is None or name is None:
            current = await self.get(id=id)
            current_package = current.package
            package = package or str(current_package.name)
            version = version or str(current_package.version)
            name = name or str(current.name)
        version = await self._checked(package, version, inputs, vars, validate)
        if isinstance(inputs, list) and package == ENDPOINT_PACKAGE and validate:
            problems = endpoint_update_problems(inputs)
            if problems:
                raise InvalidInputsError(problems)
        if isinstance(inputs, list):
            inputs = completed_inputs(
                await self._packages.manifest(name=package, version=version), inputs)
        body = clean(
            name=name,
            namespace=namespace,
            description=description,
            policy_ids=policy_ids,
            package={"name": package, "version": version},
            # Simplified vars need simplified inputs beside them ({} adds nothing to them).
            inputs=inputs if inputs is not None else ({} if vars is not None else None),
            vars=vars,
            force=force,
        )

        async def full_form() -> dict[str, Any]:
            nonlocal current
            info = await self._packages.manifest(name=package, version=version)
            if current is None:
                current = await self.get(id=id)
            ids = policy_ids or agent_policy_ids(current)
            return full_request_body(body, info, namespace=namespace or str(current.namespace),
                                     policy_id=await self._single_policy(ids))

        envelope = await self._send("put-fleet-package-policies-packagepolicyid", body,
                                    full_form,
                                    simplified=not isinstance(inputs, list)
                                    and ("inputs" in body or "vars" in body),
                                    format=format, package_policy_id=id)
        return cast(
            "PackagePolicy", item_of(envelope, "put-fleet-package-policies-packagepolicyid")
        )

    async def delete(self, *, id: str, force: bool | None = None) -> DeletedId:
        """Delete one package policy (Kibana ignores a missing one)."""
        return cast(
            "DeletedId",
            await self._t.call(
                "delete-fleet-package-policies-packagepolicyid", package_policy_id=id, force=force
            ),
        )

    async def bulk_delete(
        self, *, ids: builtins.list[str], force: bool | None = None
    ) -> builtins.list[PostFleetPackagePoliciesDeleteResponse200Item]:
        """Delete several; one result per id (``success`` or ``statusCode``/``body``)."""
        result = await self._t.call(
            "post-fleet-package-policies-delete",
            body=Body(clean(packagePolicyIds=ids, force=force)),
            retry=True,
        )
        return builtins.list(result or [])

    async def upgrade(
        self, *, ids: builtins.list[str]
    ) -> builtins.list[PostFleetPackagePoliciesUpgradeResponse200Item]:
        """Upgrade package policies to their package's installed version."""
        result = await self._t.call(
            "post-fleet-package-policies-upgrade", body=Body({"packagePolicyIds": ids})
        )
        return builtins.list(result or [])

    async def upgrade_dry_run(
        self, *, ids: builtins.list[str], package_version: str | None = None
    ) -> builtins.list[PostFleetPackagePoliciesUpgradeDryrunResponse200Item]:
        """What :meth:`upgrade` would change (read-only, retried)."""
        result = await self._t.call(
            "post-fleet-package-policies-upgrade-dryrun",
            body=Body(clean(packagePolicyIds=ids, packageVersion=package_version)),
            retry=True,
        )
        return builtins.list(result or [])

