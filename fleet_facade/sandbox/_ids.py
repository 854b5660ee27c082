"""Identifiers, saved-object versions and timestamps, reproducible when a seed is given."""

from __future__ import annotations

import base64
import json
import random
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The default clock."""
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """Kibana's timestamp form: ISO 8601 in UTC with milliseconds and ``Z``."""
    return (
        moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    )


class IdFactory:
    """Makes uuid4 strings, secrets and saved-object versions.

    With a seed every id is reproducible, so two recordings of the same scenario look the same.
    """

    def __init__(self, seed: int | None = None) -> None:
        self._rng: random.Random = (
            random.Random(seed) if seed is not None else random.SystemRandom()
        )
        # Real Kibana's seq_no starts wherever the index happens to be; any start works.
        self._seq_no = 0

    def uuid(self) -> str:
        """A random (version 4) UUID string."""
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    def secret(self, length: int = 22) -> str:
        """A URL-safe random secret, the shape of an Elasticsearch API key secret."""
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        return "".join(self._rng.choice(alphabet) for _ in range(length))

    def api_key(self) -> tuple[str, str]:
        """An Elastic-style API key: ``(id, base64("id:secret"))``."""
        key_id = self.secret(20)
        encoded = base64.b64encode(f"{key_id}:{self.secret()}".encode()).decode()
        return key_id, encoded

    def so_version(self) -> str:
        """The next saved-object version: base64 of JSON ``[seq_no, primary_term]``."""
        self._seq_no += 1
        return base64.b64encode(
            json.dumps([self._seq_no, 1], separators=(",", ":")).encode()
        ).decode()

    def random(self) -> float:
        """A float in [0, 1) from the same generator."""
        return self._rng.random()
