"""``fleet.enrollment_tokens``: enrollment API keys agents use to join a policy."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._enrollment_token_names import has_token_name
from .._envelopes import created, item_of
from .._kql import kql_quote
from .._ops import Body, clean
from .._pages import DEFAULT_PER_PAGE
from ._base import AsyncResource
from ._pagination import AsyncListing

if TYPE_CHECKING:
    from fleet_api_client.models import (
        ActionResponse,
        EnrollmentApiKey,
    )


class AsyncEnrollmentTokens(AsyncResource):
    """Enrollment API keys (``/api/fleet/enrollment_api_keys``).

    ``token.api_key`` holds the secret; model ``repr`` masks it.
    """

    def list(
        self,
        *,
        policy_id: str | None = None,
        kuery: str | None = None,
        per_page: int = DEFAULT_PER_PAGE,
    ) -> AsyncListing[EnrollmentApiKey]:
        """Enrollment tokens, optionally of one agent policy, fetched lazily page by page."""
        if policy_id is not None:
            by_policy = f"policy_id:{kql_quote(policy_id)}"
            kuery = f"{by_policy} and ({kuery})" if kuery else by_policy
        return self._paged("get-fleet-enrollment-api-keys", per_page=per_page, kuery=kuery)

    async def get(self, *, id: str) -> EnrollmentApiKey:
        """One token.

        Raises:
            NotFoundError: No such token.
        """
        envelope = await self._t.call("get-fleet-enrollment-api-keys-keyid", key_id=id)
        return cast("EnrollmentApiKey", item_of(envelope, "get-fleet-enrollment-api-keys-keyid"))

    async def get_by_name(self, *, policy_id: str, name: str) -> EnrollmentApiKey | None:
        """The active token created with ``name`` for a policy, or ``None``."""
        async for token in self.list(policy_id=policy_id):
            if has_token_name(token, name) and token.active is not False:
                return token
        return None

    async def create(
        self, *, policy_id: str, name: str | None = None, expiration: str | None = None
    ) -> EnrollmentApiKey:
        """Create a token for an agent policy.

        With a ``name`` a lost response is recovered (name + policy identify the token);
        without one an ambiguous failure is raised rather than risking a second token.

        Args:
            policy_id: Agent policy the token enrolls into.
            name: Token name (Kibana appends `` (<uuid>)``).
            expiration: Lifetime such as ``"7d"``.

        Raises:
            NotFoundError: The agent policy does not exist.
            ConflictError: A token of that name exists for the policy.
        """
        lookup = None
        if name is not None:
            token_name = name

            async def lookup() -> EnrollmentApiKey | None:
                return await self.get_by_name(policy_id=policy_id, name=token_name)

        envelope = await self._t.call(
            "post-fleet-enrollment-api-keys",
            body=Body(clean(policy_id=policy_id, name=name, expiration=expiration)),
            lookup=lookup,
        )
        return cast("EnrollmentApiKey", created(envelope, "post-fleet-enrollment-api-keys"))

    async def revoke(self, *, id: str) -> ActionResponse:
        """Revoke a token (Kibana keeps it, with ``active: false``); Kibana answers ``{action}``."""
        envelope = await self._t.call("delete-fleet-enrollment-api-keys-keyid", key_id=id)
        return cast("ActionResponse", envelope)
