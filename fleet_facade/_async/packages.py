"""``fleet.packages``: the integration (EPM) catalog, installs and package manifests."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from .._envelopes import item_of, items_of
from .._exceptions import (
    BadRequestError,
    InvalidPackageVersionError,
    InvalidValueError,
    NotFoundError,
    PackageLookupError,
    PackageNotFoundError,
)
from .._ops import Body, clean
from .._versions import LATEST, check_package_version, named_version
from .._waiting import PACKAGE_INTERVAL, WAIT_TIMEOUT, Progress, check_wait
from ._base import AsyncResource
from ._pagination import AsyncListing
from .waits import poll

if TYPE_CHECKING:
    from fleet_api_client.models import (
        DeleteFleetEpmPackagesPkgnameResponse200,
        GetFleetEpmCategoriesResponse200,
        GetFleetEpmPackagesBulkUpgradeTaskidResponse200,
        GetFleetEpmPackagesInstalledResponse200,
        GetFleetEpmPackagesPkgnameStatsResponse200,
        GetFleetEpmVerificationKeyIdResponse200,
        PackageInfo,
        PackageInfoResponse,
        PackageListItem,
        PostFleetEpmBulkAssetsResponse200,
        PostFleetEpmPackagesBulkResponse200,
        PostFleetEpmPackagesPkgnameRollbackResponse200,
        PostFleetEpmPackagesResponse200,
        SuccessResponse,
        TaskResponse,
    )
    from fleet_api_client.models import (
        GetFleetEpmTemplatesPkgnamePkgversionInputsResponse200Type1 as InputsTemplate,
    )
    from fleet_api_client.models import (
        PostFleetEpmPackagesPkgnamePkgversionTransformsAuthorizeResponse200Item as TransformAuthorization,  # noqa: E501
    )

# Kibana routes ``/epm/packages/{pkgName}/{pkgVersion?}``: without the version it answers the
# installed version if there is one, else the registry's latest, in one request
# (x-pack/platform/plugins/shared/fleet/server/services/epm/packages/get.ts getPackageInfo).
_INFO = "get-fleet-epm-packages-pkgname"
_INFO_OF_VERSION = "get-fleet-epm-packages-pkgname-pkgversion"


class AsyncPackages(AsyncResource):
    """Integration packages (``/api/fleet/epm/...``).

    A package version, wherever a method takes one, is one of:

    * ``None`` (the default): the installed version if the package is installed, else the
      registry's latest. Kibana resolves it in the one request that also answers the manifest
      (``GET /api/fleet/epm/packages/{name}``); nothing is upgraded.
    * ``"latest"``: the registry's newest version, which may be newer than the installed one;
      a package policy created with it upgrades the package for the whole cluster.
    * an exact semantic version such as ``"1.5.0"``.

    No method lists the catalog to find a version. A version that is none of these raises
    :class:`InvalidPackageVersionError` before anything is sent; an unknown package or version
    raises :class:`PackageNotFoundError`.
    """

    def list(
        self,
        *,
        category: str | None = None,
        prerelease: bool | None = None,
        exclude_install_status: bool | None = None,
        with_package_policies_count: bool | None = None,
    ) -> AsyncListing[PackageListItem]:
        """Every package in the catalog (Kibana answers them in one response)."""
        return self._single_page(
            "get-fleet-epm-packages",
            category=category,
            prerelease=prerelease,
            exclude_install_status=exclude_install_status,
            with_package_policies_count=with_package_policies_count,
        )

    async def _info(
        self,
        name: str,
        version: str | None,
        *,
        asked: str | None,
        prerelease: bool | None = None,
        full: bool | None = None,
    ) -> PackageInfo:
        """One package-info request (versionless for ``version=None``), remembered by version."""
        operation_id = _INFO if version is None else _INFO_OF_VERSION
        try:
            envelope = await self._t.call(
                operation_id, pkg_name=name, pkg_version=version, prerelease=prerelease, full=full
            )
        except NotFoundError as exc:
            raise PackageNotFoundError.from_answer(exc, package=name, version=asked) from exc
        except BadRequestError as exc:
            # Kibana validated the version already checked here, so a 400 means it does not
            # serve this route for the package (an older Kibana parsing the name as a key).
            raise PackageLookupError.from_answer(exc, package=name, version=asked) from exc
        info = cast("PackageInfo", item_of(envelope, operation_id))
        resolved = named_version(info.version)
        if resolved is not None:
            # Input validation reads this answer instead of asking for the manifest again.
            self._t.shared.setdefault("manifests", {})[(name, resolved)] = info
        return info

    async def get(
        self,
        *,
        name: str,
        version: str | None = None,
        prerelease: bool | None = None,
        full: bool | None = None,
    ) -> PackageInfo:
        """A package manifest (policy templates, data streams, variables).

        One request; ``"latest"`` costs a second one only when the registry has a version
        newer than the installed one (the first answer's ``latestVersion`` names it).

        Args:
            name: Package name, e.g. ``"nginx"``.
            version: ``None`` for the installed version, else the latest; ``"latest"`` for the
                registry's newest; or an exact version (see :class:`AsyncPackages`).
            prerelease: Consider pre-release versions.
            full: Ask for the full manifest.

        Raises:
            InvalidPackageVersionError: ``version`` is not a semantic version (nothing sent).
            PackageNotFoundError: Kibana has no such package or version.
            PackageLookupError: Kibana refused the package route itself.
        """
        check_package_version(name, version)
        info = await self._info(
            name, None if version == LATEST else version, asked=version,
            prerelease=prerelease, full=full,
        )
        if version == LATEST:
            newest = named_version(info.latest_version)
            if newest is not None and newest != info.version:
                info = await self._info(
                    name, newest, asked=version, prerelease=prerelease, full=full
                )
        return info

    async def manifest(self, *, name: str, version: str | None) -> PackageInfo:
        """Like :meth:`get`, with each exact version's answer kept per client.

        A version's manifest never changes, so an exact version already seen costs nothing;
        ``None`` and ``"latest"`` ask Kibana each time (the installed version can change).
        """
        check_package_version(name, version)
        cache: dict[tuple[str, str], Any] = self._t.shared.setdefault("manifests", {})
        if version is not None and version != LATEST and (name, version) in cache:
            return cast("PackageInfo", cache[(name, version)])
        if version == LATEST:
            info = await self._info(name, None, asked=version)
            newest = named_version(info.latest_version)
            if newest is None or newest == info.version:
                return info
            version = newest
            if (name, newest) in cache:
                return cast("PackageInfo", cache[(name, newest)])
        return await self._info(name, version, asked=version)

    async def resolve_version(self, *, name: str, version: str | None) -> str:
        """The exact version ``version`` stands for (see :class:`AsyncPackages`).

        An exact version is returned as it is, without a request; ``None`` and ``"latest"``
        cost one request (the versionless package info, which is remembered as the manifest).
        """
        check_package_version(name, version)
        if version is not None and version != LATEST:
            return version
        info = await self._info(name, None, asked=version)
        resolved = named_version(info.latest_version) if version == LATEST else None
        return resolved or str(info.version)

    async def latest_version(self, *, name: str, prerelease: bool | None = None) -> str:
        """The newest version of a package in Kibana's registry (one request).

        Raises:
            PackageNotFoundError: Kibana has no package of that name.
        """
        info = await self._info(name, None, asked=LATEST, prerelease=prerelease)
        return named_version(info.latest_version) or str(info.version)

    async def install(
        self,
        *,
        name: str,
        version: str | None = None,
        force: bool | None = None,
        ignore_constraints: bool | None = None,
        prerelease: bool | None = None,
    ) -> PostFleetEpmPackagesResponse200:
        """Install a package version from the registry (repeating it is harmless: retried).

        Args:
            name: Package name.
            version: ``None``: keep the installed version if there is one (Kibana answers an
                install of the installed version without changing anything), else install
                the latest; costs one more request to resolve it. ``"latest"``: the
                registry's newest, upgrading an older installed version; Kibana resolves it
                (``POST /api/fleet/epm/packages/{name}``, one request). Or an exact version.
            force: Reinstall, or install an out-of-date version.
            ignore_constraints: Ignore the package's Kibana version constraint.
            prerelease: Consider pre-release versions.
        """
        check_package_version(name, version)
        if version is None:
            version = await self.resolve_version(name=name, version=None)
        body = clean(force=force, ignore_constraints=ignore_constraints)
        # The versionless install route installs the registry's newest version
        # (server/routes/epm/handlers.ts installPackageFromRegistryHandler: pkgkey is the bare
        # name; services/epm/packages/install.ts then fetches the latest from the registry).
        operation_id = (
            "post-fleet-epm-packages-pkgname"
            if version == LATEST
            else "post-fleet-epm-packages-pkgname-pkgversion"
        )
        try:
            return cast(
                "PostFleetEpmPackagesResponse200",
                await self._t.call(
                    operation_id,
                    pkg_name=name,
                    pkg_version=None if version == LATEST else version,
                    body=Body(body or None),
                    prerelease=prerelease,
                    retry=True,
                ),
            )
        except NotFoundError as exc:
            raise PackageNotFoundError.from_answer(exc, package=name, version=version) from exc

    async def uninstall(
        self, *, name: str, version: str | None = None, force: bool | None = None
    ) -> DeleteFleetEpmPackagesPkgnameResponse200:
        """Remove an installed package: its installed version when ``version`` is omitted.

        Without a version this is one request: Kibana removes whatever version is installed
        (``DELETE /api/fleet/epm/packages/{name}``; services/epm/packages/remove.ts
        removeInstallation reads the installation by name).
        """
        check_package_version(name, version)
        if version == LATEST:
            raise InvalidPackageVersionError(
                "uninstall removes the installed version: omit the version or name it",
                package=name, version=version,
            )
        if version is None:
            return cast(
                "DeleteFleetEpmPackagesPkgnameResponse200",
                await self._t.call("delete-fleet-epm-packages-pkgname", pkg_name=name, force=force),
            )
        return cast(
            "DeleteFleetEpmPackagesPkgnameResponse200",
            await self._t.call(
                "delete-fleet-epm-packages-pkgname-pkgversion",
                pkg_name=name,
                pkg_version=version,
                force=force,
            ),
        )

    async def update(
        self, *, name: str, keep_policies_up_to_date: bool, version: str | None = None
    ) -> PackageInfoResponse:
        """Change a package's settings (``keepPoliciesUpToDate``).

        Kibana applies the settings to the installed package whatever version the URL names
        (server/routes/epm/handlers.ts updatePackageHandler reads only the name), so
        ``version`` may be omitted; the versionless route is then used.
        """
        check_package_version(name, version)
        body = Body({"keepPoliciesUpToDate": keep_policies_up_to_date})
        if version is None or version == LATEST:
            return cast(
                "PackageInfoResponse",
                await self._t.call("put-fleet-epm-packages-pkgname", pkg_name=name, body=body),
            )
        return cast(
            "PackageInfoResponse",
            await self._t.call(
                "put-fleet-epm-packages-pkgname-pkgversion",
                pkg_name=name,
                pkg_version=version,
                body=body,
            ),
        )

    async def upload(self, *, archive: bytes) -> PostFleetEpmPackagesResponse200:
        """Install a package from a ``.zip``/``.tar.gz`` archive.

        Kibana reads the archive by its Content-Type, which is chosen from the bytes: zip
        archives start with ``PK\\x03\\x04``, gzip ones with ``\\x1f\\x8b``.

        Raises:
            InvalidValueError: ``archive`` is neither (nothing is sent).
        """
        from fleet_api_client.types import File

        if archive[:4] == b"PK\x03\x04":
            content_type = "application/zip"
        elif archive[:2] == b"\x1f\x8b":
            content_type = "application/gzip"
        else:
            raise InvalidValueError("archive must be a .zip or .tar.gz package archive (bytes)")
        envelope = await self._t.call(
            "post-fleet-epm-packages",
            # The generated code sends ``payload`` as the request content: bytes work for the
            # sync and the async client alike (a BytesIO would be a sync-only stream).
            body=File(payload=archive),  # type: ignore[arg-type]
            content_type=content_type,
        )
        return cast("PostFleetEpmPackagesResponse200", envelope)

    async def installed(
        self, *, name_query: str | None = None, per_page: int | None = None
    ) -> GetFleetEpmPackagesInstalledResponse200:
        """Installed packages with their data streams."""
        return cast(
            "GetFleetEpmPackagesInstalledResponse200",
            await self._t.call(
                "get-fleet-epm-packages-installed", name_query=name_query, per_page=per_page
            ),
        )

    async def limited(self) -> builtins.list[str]:
        """Names of the packages that may be added only once per agent policy."""
        return items_of(await self._t.call("get-fleet-epm-packages-limited"))

    async def categories(
        self, *, prerelease: bool | None = None
    ) -> GetFleetEpmCategoriesResponse200:
        """The catalog's categories."""
        return cast(
            "GetFleetEpmCategoriesResponse200",
            await self._t.call("get-fleet-epm-categories", prerelease=prerelease),
        )

    async def stats(self, *, name: str) -> GetFleetEpmPackagesPkgnameStatsResponse200:
        """Usage statistics of a package (its package policy count)."""
        return cast(
            "GetFleetEpmPackagesPkgnameStatsResponse200",
            await self._t.call("get-fleet-epm-packages-pkgname-stats", pkg_name=name),
        )

    async def file(self, *, name: str, version: str, file_path: str) -> bytes:
        """One file of a package (README, manifest, an image ...), as bytes."""
        content: bytes = await self._t.call(
            "get-fleet-epm-packages-pkgname-pkgversion-filepath",
            pkg_name=name,
            pkg_version=version,
            file_path=file_path,
            raw=True,
        )
        return content

    @overload
    async def inputs_template(
        self, *, name: str, version: str, format: Literal["json"] = "json"
    ) -> InputsTemplate: ...

    @overload
    async def inputs_template(
        self, *, name: str, version: str, format: Literal["yml", "yaml"]
    ) -> str: ...

    @overload
    async def inputs_template(
        self, *, name: str, version: str, format: str = "json"
    ) -> InputsTemplate | str: ...

    async def inputs_template(
        self, *, name: str, version: str, format: str = "json"
    ) -> InputsTemplate | str:
        """A package's inputs as a standalone agent template: Kibana's JSON answer
        (``{inputs: [...]}``) for ``format="json"``, the YAML text for ``"yml"``/``"yaml"``."""
        if format == "json":
            return cast(
                "InputsTemplate",
                await self._t.call(
                    "get-fleet-epm-templates-pkgname-pkgversion-inputs",
                    pkg_name=name,
                    pkg_version=version,
                    format_=format,  # the generated operation's name for Kibana's ``format``
                ),
            )
        content: bytes = await self._t.call(
            "get-fleet-epm-templates-pkgname-pkgversion-inputs",
            pkg_name=name,
            pkg_version=version,
            format_=format,
            raw=True,
        )
        return content.decode("utf-8")

    async def verification_key_id(self) -> GetFleetEpmVerificationKeyIdResponse200:
        """The id of the key Kibana checks package signatures with."""
        return cast(
            "GetFleetEpmVerificationKeyIdResponse200",
            await self._t.call("get-fleet-epm-verification-key-id"),
        )

    async def bulk_install(
        self, *, packages: builtins.list[Any], force: bool | None = None
    ) -> PostFleetEpmPackagesBulkResponse200:
        """Install several packages (names or ``{name, version}``), retried like a PUT."""
        return cast(
            "PostFleetEpmPackagesBulkResponse200",
            await self._t.call(
                "post-fleet-epm-packages-bulk",
                body=Body(clean(packages=packages, force=force)),
                retry=True,
            ),
        )

    async def bulk_upgrade(
        self, *, packages: builtins.list[dict[str, Any]], **fields: Any
    ) -> TaskResponse:
        """Start upgrading several packages; returns the task id."""
        return cast(
            "TaskResponse",
            await self._t.call(
                "post-fleet-epm-packages-bulk-upgrade", body=Body({"packages": packages, **fields})
            ),
        )

    async def bulk_uninstall(
        self, *, packages: builtins.list[dict[str, Any]], **fields: Any
    ) -> TaskResponse:
        """Start uninstalling several packages; returns the task id."""
        return cast(
            "TaskResponse",
            await self._t.call(
                "post-fleet-epm-packages-bulk-uninstall",
                body=Body({"packages": packages, **fields}),
            ),
        )

    async def bulk_rollback(
        self, *, packages: builtins.list[dict[str, Any]], **fields: Any
    ) -> TaskResponse:
        """Start rolling back several packages; returns the task id."""
        return cast(
            "TaskResponse",
            await self._t.call(
                "post-fleet-epm-packages-bulk-rollback", body=Body({"packages": packages, **fields})
            ),
        )

    async def bulk_task(
        self, *, kind: str, task_id: str
    ) -> GetFleetEpmPackagesBulkUpgradeTaskidResponse200:
        """Status of a bulk task; ``kind`` is ``upgrade``, ``uninstall`` or ``rollback``."""
        operation_id = {
            "upgrade": "get-fleet-epm-packages-bulk-upgrade-taskid",
            "uninstall": "get-fleet-epm-packages-bulk-uninstall-taskid",
            "rollback": "get-fleet-epm-packages-bulk-rollback-taskid",
        }[kind]
        return cast(
            "GetFleetEpmPackagesBulkUpgradeTaskidResponse200",
            await self._t.call(operation_id, task_id=task_id),
        )

    async def rollback(self, *, name: str) -> PostFleetEpmPackagesPkgnameRollbackResponse200:
        """Roll a package back to its previously installed version."""
        return cast(
            "PostFleetEpmPackagesPkgnameRollbackResponse200",
            await self._t.call("post-fleet-epm-packages-pkgname-rollback", pkg_name=name),
        )

    async def reinstall_kibana_assets(
        self, *, name: str, version: str, **fields: Any
    ) -> SuccessResponse:
        """Install (again) the package's Kibana assets."""
        return cast(
            "SuccessResponse",
            await self._t.call(
                "post-fleet-epm-packages-pkgname-pkgversion-kibana-assets",
                pkg_name=name,
                pkg_version=version,
                body=Body(fields or None),
                retry=True,
            ),
        )

    async def delete_kibana_assets(self, *, name: str, version: str) -> SuccessResponse:
        """Remove the package's Kibana assets."""
        return cast(
            "SuccessResponse",
            await self._t.call(
                "delete-fleet-epm-packages-pkgname-pkgversion-kibana-assets",
                pkg_name=name,
                pkg_version=version,
            ),
        )

    async def delete_datastream_assets(
        self, *, name: str, version: str, package_policy_id: str
    ) -> SuccessResponse:
        """Remove the assets of one package policy's data streams."""
        return cast(
            "SuccessResponse",
            await self._t.call(
                "delete-fleet-epm-packages-pkgname-pkgversion-datastream-assets",
                pkg_name=name,
                pkg_version=version,
                package_policy_id=package_policy_id,
            ),
        )

    async def install_rule_assets(
        self, *, name: str, version: str, **fields: Any
    ) -> SuccessResponse:
        """Install the package's alerting rule assets."""
        return cast(
            "SuccessResponse",
            await self._t.call(
                "post-fleet-epm-packages-pkgname-pkgversion-rule-assets",
                pkg_name=name,
                pkg_version=version,
                body=Body(fields or None),
            ),
        )

    async def authorize_transforms(
        self, *, name: str, version: str, transforms: builtins.list[dict[str, Any]]
    ) -> builtins.list[TransformAuthorization]:
        """Authorize the package's transforms with the caller's privileges."""
        return cast(
            "builtins.list[TransformAuthorization]",
            await self._t.call(
                "post-fleet-epm-packages-pkgname-pkgversion-transforms-authorize",
                pkg_name=name,
                pkg_version=version,
                body=Body({"transforms": transforms}),
            ),
        )

    async def bulk_assets(
        self, *, asset_ids: builtins.list[dict[str, Any]]
    ) -> PostFleetEpmBulkAssetsResponse200:
        """Several installed assets by id (read-only, retried)."""
        return cast(
            "PostFleetEpmBulkAssetsResponse200",
            await self._t.call(
                "post-fleet-epm-bulk-assets", body=Body({"assetIds": asset_ids}), retry=True
            ),
        )

    async def create_custom_integration(
        self, *, integration_name: str, datasets: builtins.list[dict[str, Any]], **fields: Any
    ) -> PostFleetEpmPackagesResponse200:
        """Create a custom integration package."""
        return cast(
            "PostFleetEpmPackagesResponse200",
            await self._t.call(
                "post-fleet-epm-custom-integrations",
                body=Body({"integrationName": integration_name, "datasets": datasets, **fields}),
            ),
        )

    async def update_custom_integration(self, *, name: str, **fields: Any) -> dict[str, Any]:
        """Change a custom integration (``readMeData``, ``categories``)."""
        return cast(
            "dict[str, Any]",
            await self._t.call(
                "put-fleet-epm-custom-integrations-pkgname", pkg_name=name, body=Body(fields)
            ),
        )

    async def wait_for_installed(
        self,
        *,
        name: str,
        version: str | None = None,
        timeout: float = WAIT_TIMEOUT,
        interval: float = PACKAGE_INTERVAL,
        on_progress: Progress | None = None,
    ) -> str:
        """Wait until a package version is installed.

        ``version`` is resolved once, first (see :class:`AsyncPackages`): by default the
        installed version (then there is nothing to wait for), else the latest. Each look is
        one request for that version's package info.

        Args:
            name: Package name, e.g. ``"nginx"``.
            version: The version to wait for (see :class:`AsyncPackages`).
            timeout: Seconds to wait in all.
            interval: Seconds between two looks.
            on_progress: Called with a short description of each look
                (``"nginx 1.5.0: installing"``).

        Returns:
            The installed version.

        Raises:
            WorkflowTimeoutError: Not within ``timeout`` seconds.
            InvalidValueError: ``timeout`` or ``interval`` is not positive (nothing sent).
        """
        check_wait(timeout, interval)
        version = await self.resolve_version(name=name, version=version)

        async def check() -> tuple[str | None, str]:
            try:
                info = (await self.get(name=name, version=version)).to_dict()
            except NotFoundError:
                return None, "not found"
            state = str((info.get("installationInfo") or {}).get("install_status")
                        or info.get("status") or "not_installed")
            return (version if state == "installed" else None), f"{name} {version}: {state}"

        return await poll(self._sleep, check,
                          waited_for=f"package {name} {version} to be installed",
                          timeout=timeout, interval=interval, on_progress=on_progress)
