"""Suite-wide settings."""

from __future__ import annotations

import os

# Every sandbox the suite creates checks each response it sends against the pinned spec and
# fails the test on a violation (an explicit validate_responses=False still wins).
os.environ.setdefault("FLEET_SANDBOX_VALIDATE", "1")
