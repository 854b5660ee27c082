from enum import StrEnum


class ActionResponseAction(StrEnum):
    DELETED = "deleted"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ActionResponseAction | None":
        # A server newer than the pinned spec may send a value this enum does not list yet:
        # keep it as a pseudo-member instead of failing the whole response (fleet-facade template).
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
