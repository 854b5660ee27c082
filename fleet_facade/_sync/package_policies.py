# Generated from fleet_facade/_async/package_policies.py by scripts/run_unasync.py; do not edit.
"""``fleet.package_policies``: integration policies in Kibana's simplified format."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from .._integration_inputs import check_simplified_shape, validate_simplified_inputs
from .._ops import Body, clean
from .._versions import FORMAT_SIMPLIFIED, SIMPLIFIED_REQUESTS
from ._base import DEFAULT_PER_PAGE, Resource, created, item_of, items_of
from ._pagination import Listing
from .agent_policies import kql_quote
from .packages import Packages

if TYPE_CHECKING:
    from fleet_api_client.models import PackagePolicy  # type: ignore[import-untyped, unused-ignore]


class PackagePolicies(Resource):
    """Package (integration) policies (``/api/fleet/package_policies``).

    ``inputs`` and ``vars`` use the simplified format and are checked against the package
    manifest before anything is sent (see :func:`validate_simplified_inputs`).
    """

    def __init__(self, transport: Any, packages: Packages) -> None:
        super().__init__(transport)
        self._packages = packages

    def _format(self, format: str | None, *, simplified_body: bool = False) -> dict[str, Any]:
        """Call arguments for ``?format=``, with the Kibana versions the request relies on."""
        needs = []
        if simplified_body:
            needs.append(self._t.require("simplified package policy requests", SIMPLIFIED_REQUESTS))
        if format == "simplified":
            needs.append(self._t.require("format=simplified responses", FORMAT_SIMPLIFIED))
        arguments: dict[str, Any] = {"requires": needs}
        if format is not None:
            arguments["format_"] = format
        return arguments

    def _checked(
        self,
        package: str,
        version: str | None,
        inputs: Any,
        vars: Any,
        validate: bool,
    ) -> str:
        check_simplified_shape(inputs, vars)  # even unvalidated bodies must be well formed
        version = self._packages.resolve_version(name=package, version=version)
        if validate:  # required variables need checking even when nothing is given
            info = self._packages.manifest(name=package, version=version)
            validate_simplified_inputs(info, inputs, vars)
        return version

    def create(
        self,
        *,
        name: str,
        package: str,
        version: str = "latest",
        policy_id: str | None = None,
        policy_ids: builtins.list[str] | None = None,
        namespace: str | None = None,
        description: str | None = None,
        inputs: dict[str, Any] | None = None,
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
            version: Package version or ``"latest"``.
            policy_id: The agent policy to add it to.
            policy_ids: Several agent policies (instead of ``policy_id``).
            namespace: Data stream namespace (default: the agent policy's).
            description: Free text.
            inputs: Simplified inputs, ``{"<template>-<input type>": {"enabled", "vars",
                "streams": {"<dataset>": {"enabled", "vars"}}}}``.
            vars: Package-level variables ``{name: value}``.
            id: Explicit id.
            output_id: Output for this integration's data.
            force: Allow changes on managed policies.
            format: ``"simplified"`` to get inputs back in the simplified shape (Kibana 8.10+).
            validate: Check ``inputs``/``vars`` against the manifest first (default).

        Raises:
            InvalidInputsError: Unknown input/stream/variable, missing required variable or a
                value of the wrong type (nothing was sent).
            ConflictError: The name is taken.
        """
        version = self._checked(package, version, inputs, vars, validate)
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

        def lookup() -> PackagePolicy | None:
            return self.get_by_name(name=name)

        envelope = self._t.call(
            "post-fleet-package-policies",
            body=Body(body),
            lookup=lookup,
            **self._format(format, simplified_body=True),
        )
        return cast("PackagePolicy", created(envelope, "post-fleet-package-policies"))

    def get(self, *, id: str, format: str | None = None) -> PackagePolicy:
        """One package policy."""
        envelope = self._t.call(
            "get-fleet-package-policies-packagepolicyid",
            package_policy_id=id,
            **self._format(format),
        )
        return cast(
            "PackagePolicy", item_of(envelope, "get-fleet-package-policies-packagepolicyid")
        )

    def get_by_name(self, *, name: str) -> PackagePolicy | None:
        """The package policy with exactly this name, or ``None``."""
        envelope = self._t.call(
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
    ) -> Listing[PackagePolicy]:
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

    def bulk_get(
        self, *, ids: builtins.list[str], ignore_missing: bool | None = None
    ) -> builtins.list[PackagePolicy]:
        """Several package policies by id (read-only, retried like a GET)."""
        envelope = self._t.call(
            "post-fleet-package-policies-bulk-get",
            body=Body(clean(ids=ids, ignoreMissing=ignore_missing)),
            retry=True,
        )
        return items_of(envelope)

    def update(
        self,
        *,
        id: str,
        name: str | None = None,
        package: str | None = None,
        version: str | None = None,
        namespace: str | None = None,
        description: str | None = None,
        policy_ids: builtins.list[str] | None = None,
        inputs: dict[str, Any] | None = None,
        vars: dict[str, Any] | None = None,
        force: bool | None = None,
        format: str | None = None,
        validate: bool = True,
    ) -> PackagePolicy:
        """Change a package policy in the simplified format (omitted fields stay as they are).

        The package and its version default to the current ones, so ``inputs``/``vars`` are
        checked against the right manifest.
        """
        if package is None or version is None or name is None:
            current = self.get(id=id)
            current_package = current.package
            package = package or str(current_package.name)  # type: ignore[union-attr, unused-ignore]
            version = version or str(current_package.version)  # type: ignore[union-attr, unused-ignore]
            name = name or str(current.name)
        version = self._checked(package, version, inputs, vars, validate)
        body = clean(
            name=name,
            namespace=namespace,
            description=description,
            policy_ids=policy_ids,
            package={"name": package, "version": version},
            inputs=inputs if inputs is not None else {},
            vars=vars,
            force=force,
        )
        envelope = self._t.call(
            "put-fleet-package-policies-packagepolicyid",
            package_policy_id=id,
            body=Body(body),
            **self._format(format, simplified_body=True),
        )
        return cast(
            "PackagePolicy", item_of(envelope, "put-fleet-package-policies-packagepolicyid")
        )

    def delete(self, *, id: str, force: bool | None = None) -> Any:
        """Delete one package policy (Kibana ignores a missing one)."""
        return self._t.call(
            "delete-fleet-package-policies-packagepolicyid", package_policy_id=id, force=force
        )

    def bulk_delete(
        self, *, ids: builtins.list[str], force: bool | None = None
    ) -> builtins.list[Any]:
        """Delete several; one result per id (``success`` or ``statusCode``/``body``)."""
        result = self._t.call(
            "post-fleet-package-policies-delete",
            body=Body(clean(packagePolicyIds=ids, force=force)),
            retry=True,
        )
        return list(result or [])

    def upgrade(self, *, ids: builtins.list[str]) -> builtins.list[Any]:
        """Upgrade package policies to their package's installed version."""
        result = self._t.call(
            "post-fleet-package-policies-upgrade", body=Body({"packagePolicyIds": ids})
        )
        return list(result or [])

    def upgrade_dry_run(
        self, *, ids: builtins.list[str], package_version: str | None = None
    ) -> builtins.list[Any]:
        """What :meth:`upgrade` would change (read-only, retried)."""
        result = self._t.call(
            "post-fleet-package-policies-upgrade-dryrun",
            body=Body(clean(packagePolicyIds=ids, packageVersion=package_version)),
            retry=True,
        )
        return list(result or [])
