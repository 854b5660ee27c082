"""Agent upgrade rollouts, enrollment token rotation and policy teardown."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._exceptions import FleetError, InvalidValueError, NotFoundError, WorkflowError
from .._kql import kql_quote
from .._model_fields import first_field, list_or_empty
from .._rollout_selection import MIN_ROLLOUT_SECONDS, rollout_selection
from .._waiting import (
    ACTION_TIMEOUT,
    ROLLOUT_INTERVAL,
    ROLLOUT_TIMEOUT,
    WAIT_INTERVAL,
    Progress,
    count_of,
)

if TYPE_CHECKING:
    from fleet_api_client.models import EnrollmentApiKey

    from ..workflows._results import RolloutReport
    from .agent_policies import AsyncAgentPolicies
    from .agents import AsyncAgents
    from .enrollment_tokens import AsyncEnrollmentTokens
    from .package_policies import AsyncPackagePolicies

class LifecycleMixin:
    """``fleet.upgrade_agents``, ``fleet.rotate_enrollment_tokens`` and ``fleet.teardown``.

    The client's resources it uses are declared below, so that this module does not import
    the client (``AsyncFleet`` inherits this class and sets them in its constructor).
    """

    agents: AsyncAgents
    agent_policies: AsyncAgentPolicies
    package_policies: AsyncPackagePolicies
    enrollment_tokens: AsyncEnrollmentTokens

    async def upgrade_agents(
        self,
        *,
        version: str,
        policy_id: str | None = None,
        kuery: str | None = None,
        batch_size: int | None = None,
        rollout_duration_seconds: int | None = None,
        timeout: float = ROLLOUT_TIMEOUT,
        interval: float = ROLLOUT_INTERVAL,
        on_progress: Progress | None = None,
    ) -> RolloutReport:
        """Upgrade the agents of a policy (or a KQL selection), following each action to the end.

        Args:
            version: Target Elastic Agent version.
            policy_id: Upgrade this policy's agents ...
            kuery: ... or the agents this KQL selects.
            batch_size: Upgrade in batches of this many agents, one after the other.
            rollout_duration_seconds: Let Fleet spread each batch over this time (≥ 600).
            timeout: Seconds to wait for each batch (see ``agents.wait_for_action``).
            interval: Seconds between two looks at a batch's action.
            on_progress: Called with ``"batch <n>/<total>: <state>"`` at each look.

        Returns:
            :class:`RolloutReport` with action ids, counts and per-agent failures.

        Raises:
            InvalidValueError: No or both of ``policy_id`` and ``kuery``, a bad ``batch_size``
                or a ``rollout_duration_seconds`` under 600 (nothing sent).
            WorkflowTimeoutError: A batch did not finish within ``timeout`` seconds.
        """
        if not isinstance(version, str) or not version.strip():
            raise InvalidValueError("version must be an Elastic Agent version such as '9.1.0'")
        if batch_size is not None and (not isinstance(batch_size, int) or batch_size < 1):
            raise InvalidValueError("batch_size must be a positive integer")
        if rollout_duration_seconds is not None and rollout_duration_seconds < MIN_ROLLOUT_SECONDS:
            raise InvalidValueError(
                f"rollout_duration_seconds must be at least {MIN_ROLLOUT_SECONDS} "
                "(Kibana's minimum)")
        selection = rollout_selection(policy_id, kuery)
        from ..workflows._results import RolloutReport  # loaded on first use

        report = RolloutReport(version=version)
        agent_ids = [str(a.id) async for a in self.agents.list(kuery=selection)]
        report.agents_total = len(agent_ids)
        if not agent_ids:
            return report
        batches: Sequence[Sequence[str]] = (
            [agent_ids[i:i + batch_size] for i in range(0, len(agent_ids), batch_size)]
            if batch_size else [agent_ids]
        )
        for number, batch in enumerate(batches, start=1):
            result = await self.agents.bulk_upgrade(
                agents=list(batch), version=version,
                rollout_duration_seconds=rollout_duration_seconds)
            action_id = str(first_field(result, "actionId", "action_id"))
            report.action_ids.append(action_id)

            def progress(state: str, number: int = number) -> None:
                if on_progress is not None:
                    on_progress(f"batch {number}/{len(batches)}: {state}")

            status = await self.agents.wait_for_action(
                action_id=action_id, timeout=timeout, interval=interval, on_progress=progress)
            report.statuses.append(str(status.status))
            failed = count_of(status.nb_agents_failed)
            # Kibana's nbAgentsAck already leaves out the failed agents (action_status.ts).
            report.agents_upgraded += count_of(status.nb_agents_ack)
            for error in list_or_empty(getattr(status, "latest_errors", None)):
                agent = str(first_field(error, "agentId", "agent_id") or "unknown agent")
                report.failures[agent] = str(first_field(error, "error") or "failed")
            if failed and len(report.failures) < failed:
                report.failures.setdefault(f"{failed} agent(s) of batch {number}",
                                           "failed (Kibana listed no details)")
        return report

    async def rotate_enrollment_tokens(
        self, *, policy_id: str, name: str | None = None
    ) -> tuple[EnrollmentApiKey, list[str]]:
        """Create a new enrollment token for a policy, then revoke its other active ones.

        Args:
            policy_id: The agent policy.
            name: Name of the new token (Kibana names it otherwise).

        Returns:
            The new token and the ids of the revoked ones.

        Raises:
            WorkflowError: A revocation failed; the new token is kept and ``left_behind``
                names the tokens still active.
        """
        old = [str(t.id) async for t in self.enrollment_tokens.list(policy_id=policy_id)
               if t.active is not False]
        new = await self.enrollment_tokens.create(policy_id=policy_id, name=name)
        revoked: list[str] = []
        for token_id in old:
            if token_id == str(new.id):
                continue
            try:
                await self.enrollment_tokens.revoke(id=token_id)
            except FleetError as exc:
                raise WorkflowError(f"revoke enrollment token {token_id}", exc,
                                    left_behind=[f"new enrollment token {new.id} (kept)",
                                                 *(f"enrollment token {t} (still active)"
                                                   for t in old if t not in revoked
                                                   and t != str(new.id))]) from exc
            revoked.append(token_id)
        return new, revoked

    async def teardown(
        self,
        *,
        policy_id: str,
        agents: str = "refuse",
        reassign_to: str | None = None,
        timeout: float = ACTION_TIMEOUT,
        interval: float = WAIT_INTERVAL,
        on_progress: Progress | None = None,
    ) -> list[str]:
        """Remove an agent policy and the integrations only it uses, in the right order.

        Args:
            policy_id: The agent policy.
            agents: What to do with agents still on it: ``"refuse"`` (raise), ``"unenroll"``
                (and revoke their keys) or ``"reassign"`` (to ``reassign_to``); the call
                waits for that action to finish before deleting.
            reassign_to: Target policy for ``agents="reassign"``.
            timeout: Seconds to wait for the unenroll or reassign action.
            interval: Seconds between two looks at that action.
            on_progress: Called with a short description of each look.

        Returns:
            What was removed (empty if the policy did not exist).

        Raises:
            WorkflowError: Agents are still on the policy with ``agents="refuse"``, or a step
                failed (``left_behind`` names the policy).
            WorkflowTimeoutError: The agents' action did not finish within ``timeout``.
        """
        if agents not in ("refuse", "unenroll", "reassign"):
            raise InvalidValueError("agents must be 'refuse', 'unenroll' or 'reassign'")
        if (agents == "reassign") != (reassign_to is not None):
            raise InvalidValueError("reassign_to is needed with agents='reassign', and only then")
        removed: list[str] = []
        try:
            policy = await self.agent_policies.get(id=policy_id)
        except NotFoundError:
            return removed  # already gone: tearing down twice is fine
        selection = f"policy_id:{kql_quote(policy_id)}"
        step = "count agents"
        try:
            assigned = await self.agents.list(kuery=selection, per_page=1).count()
            if assigned and agents == "refuse":
                refusal = InvalidValueError(
                    f"agent policy {policy_id} still has {assigned} agent(s); pass "
                    "agents='unenroll' or agents='reassign' with reassign_to")
                raise WorkflowError("check agents", refusal,
                                    left_behind=[f"agent policy {policy_id} ({policy.name})"])
            if assigned:
                step = f"{agents} {assigned} agent(s)"
                if agents == "unenroll":
                    result = await self.agents.bulk_unenroll(agents=selection, revoke=True)
                else:
                    result = await self.agents.bulk_reassign(agents=selection,
                                                              policy_id=str(reassign_to))
                await self.agents.wait_for_action(
                    action_id=str(first_field(result, "actionId", "action_id")), timeout=timeout,
                    interval=interval, on_progress=on_progress)
                removed.append(f"{assigned} agent(s) {agents}ed")
            # Integrations that only this policy uses go with it; shared ones are only detached
            # (Kibana does that itself when the policy is deleted).
            for package_policy in list_or_empty(policy.package_policies):
                owners = list_or_empty(getattr(package_policy, "policy_ids", None)) or [policy_id]
                if not hasattr(package_policy, "id") or len(owners) > 1:
                    continue
                step = f"delete integration {package_policy.name}"
                await self.package_policies.delete(id=str(package_policy.id))
                removed.append(f"package policy {package_policy.id} ({package_policy.name})")
            step = "delete agent policy"
            await self.agent_policies.delete(id=policy_id)
            removed.append(f"agent policy {policy_id} ({policy.name})")
        except WorkflowError:
            raise
        except FleetError as exc:
            raise WorkflowError(step, exc, rolled_back=[],
                                left_behind=[f"agent policy {policy_id} ({policy.name})"]) from exc
        return removed

