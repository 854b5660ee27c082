"""Every public method of the resources and of ``AsyncFleet`` returns a named type, and takes
parameters named as Kibana names them (never the generator's ``type_``).

The return annotations are resolved with :func:`typing.get_type_hints` (the names a module
imports only for type checking are imported here too), and a return counts as untyped when
``Any`` appears in it anywhere except as the value type of a ``dict[str, Any]`` (a JSON object
is a named type; ``Any`` is not). The sandbox tests below check that the objects really are of
the declared types.
"""

from __future__ import annotations

import ast
import functools
import inspect
import operator
import types
import typing
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import pytest

import fleet_facade._async as async_package
from fleet_facade import AsyncFleet
from fleet_facade._async._base import AsyncResource

#: The public methods allowed to return ``Any`` and why (at most five).
ALLOWED_ANY: dict[str, str] = {}

MAX_ANY = 5


def _modules() -> Iterator[ModuleType]:
    import importlib
    import pkgutil

    for info in pkgutil.iter_modules(async_package.__path__):
        yield importlib.import_module(f"{async_package.__name__}.{info.name}")


def _type_checking_names(module: ModuleType) -> dict[str, Any]:
    """The module's globals plus what its ``if TYPE_CHECKING:`` blocks import."""
    namespace = dict(vars(module))
    tree = ast.parse(inspect.getsource(module))
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) in (
            "TYPE_CHECKING",
            "typing.TYPE_CHECKING",
        ):
            block = ast.Module(body=node.body, type_ignores=[])
            exec(compile(block, module.__file__ or "<module>", "exec"), namespace)
    return namespace


def resource_classes() -> list[type]:
    """Every resource class under ``_async/`` (subclasses of ``AsyncResource``) and AsyncFleet."""
    found: dict[str, type] = {"AsyncFleet": AsyncFleet}
    for module in _modules():
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, AsyncResource)
                and value.__module__ == module.__name__
                and not getattr(value, "__parameters__", ())  # a generic base (AsyncCrud[T])
            ):
                found[value.__name__] = value
    return [found[name] for name in sorted(found)]


def _type_arguments(cls: type) -> dict[Any, Any]:
    """What a generic base's type variables stand for in ``cls`` (``AsyncCrud["Proxy"]``)."""
    bound: dict[Any, Any] = {}
    for klass in reversed(cls.__mro__):
        module = inspect.getmodule(klass)
        for base in getattr(klass, "__orig_bases__", ()):
            origin = typing.get_origin(base)
            parameters = getattr(origin, "__parameters__", ())
            for parameter, argument in zip(parameters, typing.get_args(base), strict=False):
                if isinstance(argument, typing.ForwardRef):
                    assert module is not None
                    argument = eval(argument.__forward_arg__, _type_checking_names(module))
                bound[parameter] = argument
    return bound


def _returns(cls: type, name: str, function: Callable[..., Any]) -> list[Any]:
    """The return types of a method: one per ``@overload`` signature, else the annotation's."""
    module = inspect.getmodule(function)
    assert module is not None
    namespace = _type_checking_names(module)
    signatures = typing.get_overloads(function) or [function]
    hints = [
        typing.get_type_hints(each, globalns=namespace).get("return", Any) for each in signatures
    ]
    bound = _type_arguments(cls)
    return [_substitute(hint, bound) for hint in hints]


def _substitute(hint: Any, bound: dict[Any, Any]) -> Any:
    """``hint`` with the type variables of ``bound`` replaced, also inside ``AsyncListing[T]``."""
    if isinstance(hint, typing.TypeVar):
        return bound.get(hint, hint)
    args = typing.get_args(hint)
    if not args:
        return hint
    replaced = tuple(_substitute(arg, bound) for arg in args)
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return functools.reduce(operator.or_, replaced)
    origin = typing.get_origin(hint)
    return origin[replaced if len(replaced) > 1 else replaced[0]]


def is_untyped(hint: Any) -> bool:
    """Whether ``Any`` appears in ``hint`` other than as a JSON object's value type."""
    if hint is Any or isinstance(hint, typing.TypeVar):  # a type variable left unbound
        return True
    args = typing.get_args(hint)
    if typing.get_origin(hint) is dict and args == (str, Any):
        return False
    return any(is_untyped(arg) for arg in args if not isinstance(arg, str | int | bool))


def public_methods(cls: type) -> Iterator[tuple[str, Callable[..., Any]]]:
    for name, member in inspect.getmembers(cls):
        if name.startswith("_") or not callable(member) or isinstance(member, type):
            continue
        if isinstance(inspect.getattr_static(cls, name), property):
            continue
        yield name, member


def untyped_methods(classes: list[type]) -> list[str]:
    """``Class.method`` for each public method whose return type mentions ``Any``."""
    found = []
    for cls in classes:
        for name, function in public_methods(cls):
            if any(is_untyped(hint) for hint in _returns(cls, name, function)):
                found.append(f"{cls.__name__}.{name}")
    return sorted(set(found))


def test_the_resources_and_the_client_are_all_found() -> None:
    names = {cls.__name__ for cls in resource_classes()}
    assert {"AsyncFleet", "AsyncAgents", "AsyncOutputs", "AsyncDataStreams"} <= names
    methods = sum(len(list(public_methods(cls))) for cls in resource_classes())
    assert methods > 100


def test_at_most_five_public_methods_return_any_each_with_a_reason() -> None:
    untyped = untyped_methods(resource_classes())
    assert len(untyped) <= MAX_ANY, untyped
    unexplained = [name for name in untyped if not ALLOWED_ANY.get(name)]
    assert unexplained == []
    assert len(ALLOWED_ANY) <= MAX_ANY


def test_the_allow_list_names_no_method_that_is_typed() -> None:
    """A stale allow-list entry would hide a later regression of that method."""
    untyped = set(untyped_methods(resource_classes()))
    assert sorted(set(ALLOWED_ANY) - untyped) == []


def escaped_parameters(classes: list[type]) -> list[str]:
    """``Class.method(name)`` for each parameter spelled as the generator escapes Kibana's names
    (``type_``, ``id_``, ``format_``, ``from_``), and each bare ``**params`` forwarded to it."""
    found = []
    for cls in classes:
        for name, function in public_methods(cls):
            for parameter in inspect.signature(function).parameters.values():
                if parameter.name.endswith("_") or parameter.name == "params":
                    found.append(f"{cls.__name__}.{name}({parameter.name})")
    return found


def test_parameters_are_named_as_kibana_names_them() -> None:
    assert escaped_parameters(resource_classes()) == []


def test_the_escape_check_finds_an_escaped_name() -> None:
    class Escaped(AsyncResource):
        async def streams(self, *, type_: str | None = None) -> None: ...

    assert escaped_parameters([Escaped]) == ["Escaped.streams(type_)"]


class _Loose(AsyncResource):
    async def anything(self) -> Any:
        return None

    async def several(self) -> list[Any]:
        return []

    async def json_object(self) -> dict[str, Any]:
        return {}

    @typing.overload
    async def flagged(self, *, text: typing.Literal[True]) -> str: ...
    @typing.overload
    async def flagged(self, *, text: typing.Literal[False] = ...) -> Any: ...
    async def flagged(self, *, text: bool = False) -> Any:
        return ""


def test_the_check_finds_any_bare_nested_and_in_an_overload() -> None:
    assert untyped_methods([_Loose]) == ["_Loose.anything", "_Loose.flagged", "_Loose.several"]


@pytest.mark.parametrize(
    ("hint", "untyped"),
    [
        (Any, True),
        (list[Any], True),
        (dict[str, Any], False),
        (list[dict[str, Any]], False),
        (typing.Optional[Any], True),  # noqa: UP045 - the spelling under test
        (str | None, False),
        (bytes, False),
    ],
)
def test_is_untyped(hint: Any, untyped: bool) -> None:
    assert is_untyped(hint) is untyped


# -- the objects really are of the declared types ----------------------------------------------


def declared(cls: type, name: str, overload: int | None = None) -> Any:
    """The declared return type of ``cls.name`` (of its ``overload``-th signature, if given)."""
    hints = _returns(cls, name, getattr(cls, name))
    return hints[0] if overload is None else hints[overload]


def conforms(value: Any, hint: Any) -> bool:
    """Whether ``value`` is of ``hint`` (lists and listings item by item)."""
    origin = typing.get_origin(hint)
    if origin is list:
        (item,) = typing.get_args(hint)
        return isinstance(value, list) and all(conforms(each, item) for each in value)
    if origin is dict:
        return isinstance(value, dict)
    if isinstance(hint, types.UnionType):
        return any(conforms(value, member) for member in typing.get_args(hint))
    if hint is type(None):
        return value is None
    return isinstance(value, hint)


def check(value: Any, cls: type, name: str, overload: int | None = None) -> Any:
    hint = declared(cls, name, overload)
    if typing.get_origin(hint) is not None and typing.get_origin(hint).__name__ == "AsyncListing":
        (item,) = typing.get_args(hint)
        items = value.to_list()
        assert items, f"{cls.__name__}.{name} listed nothing to check"
        assert all(conforms(each, item) for each in items), (name, items[:1])
        return items
    assert conforms(value, hint), f"{cls.__name__}.{name} returned {type(value).__name__}"
    return value


def _classes() -> dict[str, type]:
    return {cls.__name__: cls for cls in resource_classes()}


def test_the_check_refuses_an_object_of_another_type() -> None:
    classes = _classes()
    with pytest.raises(AssertionError):
        check({"id": "x"}, classes["AsyncAgentPolicies"], "get")
    with pytest.raises(AssertionError):
        check(["x"], classes["AsyncPackagePolicies"], "bulk_delete")


def test_agent_policy_results(fleet: Any) -> None:
    c = _classes()["AsyncAgentPolicies"]
    policy = check(fleet.agent_policies.create(name="p1", namespace="default"), c, "create")
    check(fleet.agent_policies.get(id=policy.id), c, "get")
    check(fleet.agent_policies.list(), c, "list")
    check(fleet.agent_policies.bulk_get(ids=[policy.id]), c, "bulk_get")
    check(fleet.agent_policies.full(id=policy.id), c, "full", overload=1)
    check(fleet.agent_policies.full(id=policy.id, kubernetes=True), c, "full", overload=0)
    check(fleet.agent_policies.kubernetes_manifest(), c, "kubernetes_manifest", overload=0)
    manifest = fleet.agent_policies.kubernetes_manifest(download=True)
    check(manifest, c, "kubernetes_manifest", overload=1)
    check(fleet.agent_policies.outputs(id=policy.id), c, "outputs")
    check(fleet.agent_policies.outputs_for(ids=[policy.id]), c, "outputs_for")
    check(fleet.agent_policies.delete(id=policy.id), c, "delete")


def test_package_and_package_policy_results(fleet: Any) -> None:
    c = _classes()["AsyncPackages"]
    check(fleet.packages.install(name="nginx"), c, "install")
    check(fleet.packages.categories(), c, "categories")
    check(fleet.packages.limited(), c, "limited")
    check(fleet.packages.stats(name="nginx"), c, "stats")
    version = fleet.packages.latest_version(name="nginx")
    check(fleet.packages.inputs_template(name="nginx", version=version), c, "inputs_template", 0)
    yaml_text = fleet.packages.inputs_template(name="nginx", version=version, format="yml")
    check(yaml_text, c, "inputs_template", 1)
    check(fleet.packages.installed(), c, "installed")
    check(fleet.packages.verification_key_id(), c, "verification_key_id")

    pp = _classes()["AsyncPackagePolicies"]
    policy = fleet.agent_policies.create(name="p1", namespace="default")
    made = [
        check(
            fleet.package_policies.create(name=f"nginx-{n}", package="nginx", policy_id=policy.id),
            pp,
            "create",
        )
        for n in range(2)
    ]
    check(fleet.package_policies.upgrade_dry_run(ids=[made[0].id]), pp, "upgrade_dry_run")
    check(fleet.package_policies.delete(id=made[0].id), pp, "delete")
    check(fleet.package_policies.bulk_delete(ids=[made[1].id]), pp, "bulk_delete")
    task = check(fleet.packages.bulk_upgrade(packages=[{"name": "nginx"}]), c, "bulk_upgrade")
    check(fleet.packages.bulk_task(kind="upgrade", task_id=task.task_id), c, "bulk_task")
    check(fleet.packages.update(name="nginx", keep_policies_up_to_date=True), c, "update")
    check(fleet.packages.uninstall(name="nginx"), c, "uninstall")


def test_settings_output_host_and_token_results(fleet: Any) -> None:
    classes = _classes()
    output = check(
        fleet.outputs.create(name="ls", type="logstash", hosts=["ls:5044"]),
        classes["AsyncOutputs"],
        "create",
    )
    check(fleet.outputs.list(), classes["AsyncOutputs"], "list")
    check(fleet.outputs.delete(id=output.id), classes["AsyncOutputs"], "delete")
    host = fleet.fleet_server_hosts.create(name="fs", host_urls=["https://fleet.example:8220"])
    check(fleet.fleet_server_hosts.delete(id=host.id), classes["AsyncFleetServerHosts"], "delete")
    check(fleet.settings.get_space(), classes["AsyncSettings"], "get_space")
    check(fleet.admin.setup(), classes["AsyncAdmin"], "setup")
    check(fleet.admin.check_permissions(), classes["AsyncAdmin"], "check_permissions")
    policy = fleet.agent_policies.create(name="p1", namespace="default")
    token = fleet.enrollment_tokens.create(policy_id=policy.id, name="t")
    check(fleet.enrollment_tokens.revoke(id=token.id), classes["AsyncEnrollmentTokens"], "revoke")


def test_agent_results(fleet: Any, sandbox: Any) -> None:
    c = _classes()["AsyncAgents"]
    policy = fleet.agent_policies.create(name="p1", namespace="default")
    sandbox.add_agents(2, policy_id=policy.id)
    agents = check(fleet.agents.list(), c, "list")
    check(fleet.agents.status_summary(policy_id=policy.id), c, "status_summary")
    action = check(fleet.agents.bulk_update_tags(agents=[a.id for a in agents], tags_to_add=["x"]),
                   c, "bulk_update_tags")
    assert isinstance(action.action_id, str)
    check(fleet.agents.setup_status(), c, "setup_status")
    check(fleet.agents.tags(), c, "tags")
    other = fleet.agent_policies.create(name="p2", namespace="default")
    check(fleet.agents.reassign(id=agents[0].id, policy_id=other.id), c, "reassign")
    check(fleet.agents.request_diagnostics(id=agents[0].id), c, "request_diagnostics")
    sandbox.complete_actions()
    check(fleet.agents.uploads(id=agents[0].id), c, "uploads")
    check(fleet.agents.action_status(), c, "action_status")
    check(fleet.agents.unenroll(id=agents[1].id), c, "unenroll")


def test_data_stream_results(fleet: Any, sandbox: Any) -> None:
    c = _classes()["AsyncDataStreams"]
    policy = fleet.agent_policies.create(name="p1", namespace="default")
    fleet.package_policies.create(name="nginx-1", package="nginx", policy_id=policy.id)
    sandbox.add_agents(1, policy_id=policy.id)
    streams = check(fleet.data_streams.list(), c, "list")
    assert "logs-nginx.access-default" in {s.index for s in streams}
    names = check(fleet.data_streams.matching(type="logs"), c, "matching")
    assert "logs-nginx.access-default" in {s.name for s in names}
