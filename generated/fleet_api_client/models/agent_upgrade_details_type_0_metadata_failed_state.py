from enum import StrEnum


class AgentUpgradeDetailsType0MetadataFailedState(StrEnum):
    UPG_DOWNLOADING = "UPG_DOWNLOADING"
    UPG_EXTRACTING = "UPG_EXTRACTING"
    UPG_FAILED = "UPG_FAILED"
    UPG_REPLACING = "UPG_REPLACING"
    UPG_REQUESTED = "UPG_REQUESTED"
    UPG_RESTARTING = "UPG_RESTARTING"
    UPG_ROLLBACK = "UPG_ROLLBACK"
    UPG_SCHEDULED = "UPG_SCHEDULED"
    UPG_WATCHING = "UPG_WATCHING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "AgentUpgradeDetailsType0MetadataFailedState | None":
        # A server newer than the pinned spec may send a value this enum does not list yet:
        # keep it as a pseudo-member instead of failing the whole response (fleet-facade template).
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
