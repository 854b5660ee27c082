# Generated from fleet_facade/_async/packages.py by scripts/run_unasync.py; do not edit.
"""``fleet.packages``: the integration (EPM) catalog, installs and package manifests."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from .._exceptions import NotFoundError
from .._ops import Body, clean
from .._versions import newest
from ._base import Resource, item_of
from ._pagination import Listing

if TYPE_CHECKING:
    from fleet_api_client.models import PackageInfo, PackageListItem  # type: ignore[import-untyped, unused-ignore]


class Packages(Resource):
    """Integration packages (``/api/fleet/epm/...``)."""

    def list(
        self,
        *,
        category: str | None = None,
        prerelease: bool | None = None,
        exclude_install_status: bool | None = None,
        with_package_policies_count: bool | None = None,
    ) -> Listing[PackageListItem]:
        """Every package in the catalog (Kibana answers them in one response)."""
        return self._single_page(
            "get-fleet-epm-packages",
            category=category,
            prerelease=prerelease,
            exclude_install_status=exclude_install_status,
            with_package_policies_count=with_package_policies_count,
        )

    def latest_version(self, *, name: str, prerelease: bool | None = None) -> str:
        """The newest version of a package the catalog offers.

        Raises:
            NotFoundError: The catalog has no package of that name.
        """
        versions = [
            str(item.version)
            for item in self.list(prerelease=prerelease)
            if item.name == name and isinstance(item.version, str)
        ]
        if not versions:
            raise NotFoundError(
                f"package {name!r} is not in the catalog",
                status=404,
                error="Not Found",
                method="GET",
                path=self._t.settings.prefix + "/api/fleet/epm/packages",
            )
        return newest(versions)

    def resolve_version(self, *, name: str, version: str | None) -> str:
        """``version`` itself, or the newest one for ``None``/``"latest"``."""
        if version is None or version == "latest":
            return self.latest_version(name=name)
        return version

    def get(
        self,
        *,
        name: str,
        version: str = "latest",
        prerelease: bool | None = None,
        full: bool | None = None,
    ) -> PackageInfo:
        """A package manifest (policy templates, data streams, variables).

        Args:
            name: Package name, e.g. ``"nginx"``.
            version: Exact version, or ``"latest"``.
            prerelease: Consider pre-release versions.
            full: Ask for the full manifest.
        """
        version = self.resolve_version(name=name, version=version)
        envelope = self._t.call(
            "get-fleet-epm-packages-pkgname-pkgversion",
            pkg_name=name,
            pkg_version=version,
            prerelease=prerelease,
            full=full,
        )
        return cast("PackageInfo", item_of(envelope, "get-fleet-epm-packages-pkgname-pkgversion"))

    def manifest(self, *, name: str, version: str) -> PackageInfo:
        """Like :meth:`get`, cached per client (manifests of a version never change)."""
        cache: dict[tuple[str, str], Any] = self._t.shared.setdefault("manifests", {})
        key = (name, version)
        if key not in cache:
            cache[key] = self.get(name=name, version=version)
        return cast("PackageInfo", cache[key])

    def install(
        self,
        *,
        name: str,
        version: str = "latest",
        force: bool | None = None,
        ignore_constraints: bool | None = None,
        prerelease: bool | None = None,
    ) -> Any:
        """Install a package version from the registry (repeating it is harmless: retried)."""
        version = self.resolve_version(name=name, version=version)
        body = clean(force=force, ignore_constraints=ignore_constraints)
        return self._t.call(
            "post-fleet-epm-packages-pkgname-pkgversion",
            pkg_name=name,
            pkg_version=version,
            body=Body(body or None),
            prerelease=prerelease,
            retry=True,
        )

    def uninstall(
        self, *, name: str, version: str | None = None, force: bool | None = None
    ) -> Any:
        """Remove an installed package (its installed version when ``version`` is omitted)."""
        if version is None:
            info = self.get(name=name)
            installed = getattr(info, "installation_info", None)
            version = str(getattr(installed, "version", None) or info.version)
        return self._t.call(
            "delete-fleet-epm-packages-pkgname-pkgversion",
            pkg_name=name,
            pkg_version=version,
            force=force,
        )

    def update(self, *, name: str, version: str, keep_policies_up_to_date: bool) -> Any:
        """Change a package's settings (``keepPoliciesUpToDate``)."""
        return self._t.call(
            "put-fleet-epm-packages-pkgname-pkgversion",
            pkg_name=name,
            pkg_version=version,
            body=Body({"keepPoliciesUpToDate": keep_policies_up_to_date}),
        )

    def upload(self, *, archive: bytes) -> Any:
        """Install a package from a ``.zip``/``.tar.gz`` archive.

        Kibana reads the archive by its Content-Type, which is chosen from the bytes: zip
        archives start with ``PK\\x03\\x04``, gzip ones with ``\\x1f\\x8b``.
        """
        from fleet_api_client.types import File

        if archive[:4] == b"PK\x03\x04":
            content_type = "application/zip"
        elif archive[:2] == b"\x1f\x8b":
            content_type = "application/gzip"
        else:
            raise ValueError("archive must be a .zip or .tar.gz package archive (bytes)")
        return self._t.call(
            "post-fleet-epm-packages",
            # The generated code sends ``payload`` as the request content: bytes work for the
            # sync and the async client alike (a BytesIO would be a sync-only stream).
            body=File(payload=archive),  # type: ignore[arg-type]
            content_type=content_type,
        )  # type: ignore[arg-type, unused-ignore]

    def installed(self, *, name_query: str | None = None, per_page: int | None = None) -> Any:
        """Installed packages with their data streams."""
        return self._t.call(
            "get-fleet-epm-packages-installed", name_query=name_query, per_page=per_page
        )

    def limited(self) -> Any:
        """Packages that may be added only once per agent policy."""
        return self._t.call("get-fleet-epm-packages-limited")

    def categories(self, *, prerelease: bool | None = None) -> Any:
        """The catalog's categories."""
        return self._t.call("get-fleet-epm-categories", prerelease=prerelease)

    def stats(self, *, name: str) -> Any:
        """Usage statistics of a package (its package policy count)."""
        return self._t.call("get-fleet-epm-packages-pkgname-stats", pkg_name=name)

    def file(self, *, name: str, version: str, file_path: str) -> bytes:
        """One file of a package (README, manifest, an image ...), as bytes."""
        content: bytes = self._t.call(
            "get-fleet-epm-packages-pkgname-pkgversion-filepath",
            pkg_name=name,
            pkg_version=version,
            file_path=file_path,
            raw=True,
        )
        return content

    def inputs_template(self, *, name: str, version: str, format: str = "json") -> Any:
        """A package's inputs as a standalone agent template: Kibana's JSON answer for
        ``format="json"``, the YAML text for ``"yml"``/``"yaml"``."""
        if format == "json":
            return self._t.call(
                "get-fleet-epm-templates-pkgname-pkgversion-inputs",
                pkg_name=name,
                pkg_version=version,
                format_=format,
            )
        content: bytes = self._t.call(
            "get-fleet-epm-templates-pkgname-pkgversion-inputs",
            pkg_name=name,
            pkg_version=version,
            format_=format,
            raw=True,
        )
        return content.decode("utf-8")

    def verification_key_id(self) -> Any:
        """The id of the key Kibana checks package signatures with."""
        return self._t.call("get-fleet-epm-verification-key-id")

    def bulk_install(self, *, packages: builtins.list[Any], force: bool | None = None) -> Any:
        """Install several packages (names or ``{name, version}``), retried like a PUT."""
        return self._t.call(
            "post-fleet-epm-packages-bulk",
            body=Body(clean(packages=packages, force=force)),
            retry=True,
        )

    def bulk_upgrade(self, *, packages: builtins.list[dict[str, Any]], **fields: Any) -> Any:
        """Start upgrading several packages; returns the task id."""
        return self._t.call(
            "post-fleet-epm-packages-bulk-upgrade", body=Body({"packages": packages, **fields})
        )

    def bulk_uninstall(
        self, *, packages: builtins.list[dict[str, Any]], **fields: Any
    ) -> Any:
        """Start uninstalling several packages; returns the task id."""
        return self._t.call(
            "post-fleet-epm-packages-bulk-uninstall", body=Body({"packages": packages, **fields})
        )

    def bulk_rollback(self, *, packages: builtins.list[dict[str, Any]], **fields: Any) -> Any:
        """Start rolling back several packages; returns the task id."""
        return self._t.call(
            "post-fleet-epm-packages-bulk-rollback", body=Body({"packages": packages, **fields})
        )

    def bulk_task(self, *, kind: str, task_id: str) -> Any:
        """Status of a bulk task; ``kind`` is ``upgrade``, ``uninstall`` or ``rollback``."""
        operation_id = {
            "upgrade": "get-fleet-epm-packages-bulk-upgrade-taskid",
            "uninstall": "get-fleet-epm-packages-bulk-uninstall-taskid",
            "rollback": "get-fleet-epm-packages-bulk-rollback-taskid",
        }[kind]
        return self._t.call(operation_id, task_id=task_id)

    def rollback(self, *, name: str) -> Any:
        """Roll a package back to its previously installed version."""
        return self._t.call("post-fleet-epm-packages-pkgname-rollback", pkg_name=name)

    def reinstall_kibana_assets(self, *, name: str, version: str, **fields: Any) -> Any:
        """Install (again) the package's Kibana assets."""
        return self._t.call(
            "post-fleet-epm-packages-pkgname-pkgversion-kibana-assets",
            pkg_name=name,
            pkg_version=version,
            body=Body(fields or None),
            retry=True,
        )

    def delete_kibana_assets(self, *, name: str, version: str) -> Any:
        """Remove the package's Kibana assets."""
        return self._t.call(
            "delete-fleet-epm-packages-pkgname-pkgversion-kibana-assets",
            pkg_name=name,
            pkg_version=version,
        )

    def delete_datastream_assets(
        self, *, name: str, version: str, package_policy_id: str
    ) -> Any:
        """Remove the assets of one package policy's data streams."""
        return self._t.call(
            "delete-fleet-epm-packages-pkgname-pkgversion-datastream-assets",
            pkg_name=name,
            pkg_version=version,
            package_policy_id=package_policy_id,
        )

    def install_rule_assets(self, *, name: str, version: str, **fields: Any) -> Any:
        """Install the package's alerting rule assets."""
        return self._t.call(
            "post-fleet-epm-packages-pkgname-pkgversion-rule-assets",
            pkg_name=name,
            pkg_version=version,
            body=Body(fields or None),
        )

    def authorize_transforms(
        self, *, name: str, version: str, transforms: builtins.list[dict[str, Any]]
    ) -> Any:
        """Authorize the package's transforms with the caller's privileges."""
        return self._t.call(
            "post-fleet-epm-packages-pkgname-pkgversion-transforms-authorize",
            pkg_name=name,
            pkg_version=version,
            body=Body({"transforms": transforms}),
        )

    def bulk_assets(self, *, asset_ids: builtins.list[dict[str, Any]]) -> Any:
        """Several installed assets by id (read-only, retried)."""
        return self._t.call(
            "post-fleet-epm-bulk-assets", body=Body({"assetIds": asset_ids}), retry=True
        )

    def create_custom_integration(
        self, *, integration_name: str, datasets: builtins.list[dict[str, Any]], **fields: Any
    ) -> Any:
        """Create a custom integration package."""
        return self._t.call(
            "post-fleet-epm-custom-integrations",
            body=Body({"integrationName": integration_name, "datasets": datasets, **fields}),
        )

    def update_custom_integration(self, *, name: str, **fields: Any) -> Any:
        """Change a custom integration (``readMeData``, ``categories``)."""
        return self._t.call(
            "put-fleet-epm-custom-integrations-pkgname", pkg_name=name, body=Body(fields)
        )

    def data_streams(self, **params: Any) -> Any:
        """Data streams of installed packages (``type_``, ``dataset_query``...)."""
        return self._t.call("get-fleet-epm-data-streams", **params)
