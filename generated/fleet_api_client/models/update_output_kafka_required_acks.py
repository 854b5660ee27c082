from enum import IntEnum


class UpdateOutputKafkaRequiredAcks(IntEnum):
    VALUE_0 = 0
    VALUE_1 = 1
    VALUE_NEGATIVE_1 = -1

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "UpdateOutputKafkaRequiredAcks | None":
        # Unknown values from newer servers are kept (fleet-facade template).
        if not isinstance(value, int):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member
