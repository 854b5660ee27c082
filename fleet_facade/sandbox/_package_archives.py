"""Packages built from uploaded archives (zip or tar.gz) and from custom integrations."""

from __future__ import annotations

import io
import tarfile
import zipfile
from typing import Any

import yaml

from ._catalog import is_semver
from ._http import KibanaError

Json = dict[str, Any]


# -- custom integrations -------------------------------------------------------------------------


def custom_package(name: str, version: str, datasets: list[Json], readme: str,
                    categories: list[str]) -> Json:
    return {
        "name": name,
        "version": version,
        "title": name,
        "description": "",
        "type": "integration",
        "format_version": "3.0.0",
        "release": "ga",
        "categories": categories,
        "readme_text": readme,
        "policy_templates": [],
        "vars": [],
        "data_streams": [
            {
                "type": d["type"],
                "dataset": d["name"],
                "title": d["name"],
                "path": d["name"],
                "package": name,
                "release": "ga",
                "streams": [],
            }
            for d in datasets
        ],
    }


# -- archive upload ------------------------------------------------------------------------------


def archive_files(raw: bytes, content_type: str) -> dict[str, bytes]:
    try:
        if content_type == "application/zip":
            with zipfile.ZipFile(io.BytesIO(raw)) as archive:
                return {n: archive.read(n) for n in archive.namelist() if not n.endswith("/")}
        with tarfile.open(fileobj=io.BytesIO(raw), mode="r:gz") as archive:
            out: dict[str, bytes] = {}
            for member in archive.getmembers():
                handle = archive.extractfile(member) if member.isfile() else None
                if handle is not None:
                    out[member.name] = handle.read()
            return out
    except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError) as err:
        raise KibanaError(
            400,
            f"Error during extraction of package: {err}. Assumed content type was "
            f"{content_type}, check if this matches the archive type.",
        ) from None


def package_from_archive(files: dict[str, bytes]) -> Json:
    tops = {path.split("/", 1)[0] for path in files}
    manifests = [p for p in files if p.count("/") == 1 and p.endswith("/manifest.yml")]
    if len(tops) != 1 or len(manifests) != 1:
        raise KibanaError(
            400, "Package must contain a top-level manifest.yml file."  # UNVERIFIED
        )
    top = manifests[0].split("/", 1)[0]
    try:
        manifest = yaml.safe_load(files[manifests[0]])
    except yaml.YAMLError:
        manifest = None
    if not isinstance(manifest, dict):
        raise KibanaError(400, "Could not parse top-level package manifest: invalid YAML")
    name, version = manifest.get("name"), manifest.get("version")
    if not isinstance(name, str) or not isinstance(version, str) or not is_semver(version):
        raise KibanaError(
            400, "Invalid top-level package manifest: one or more fields missing of name, version"
        )
    if top != f"{name}-{version}":
        raise KibanaError(
            400,
            f"Name {name} and version {version} do not match top-level directory {top}",
        )
    data_streams = []
    for path in sorted(files):
        parts = path.split("/")
        if len(parts) == 4 and parts[1] == "data_stream" and parts[3] == "manifest.yml":
            stream_manifest = yaml.safe_load(files[path]) or {}
            data_streams.append(
                {
                    "type": stream_manifest.get("type", "logs"),
                    "dataset": stream_manifest.get("dataset", f"{name}.{parts[2]}"),
                    "title": stream_manifest.get("title", parts[2]),
                    "path": parts[2],
                    "package": name,
                    "release": "ga",
                    "streams": stream_manifest.get("streams", []),
                }
            )
    package: Json = {
        k: manifest[k]
        for k in ("title", "description", "type", "format_version", "categories", "owner")
        if k in manifest
    }
    package.update(
        name=name,
        version=version,
        policy_templates=manifest.get("policy_templates") or [],
        vars=manifest.get("vars") or [],
        data_streams=data_streams,
    )
    readme = files.get(f"{top}/docs/README.md")
    if readme is not None:
        package["readme_text"] = readme.decode("utf-8", "replace")
    return package
