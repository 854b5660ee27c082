from enum import IntEnum


class NewOutputKafkaRequiredAcks(IntEnum):
    VALUE_0 = 0
    VALUE_1 = 1
    VALUE_NEGATIVE_1 = -1

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _from_value(cls, value: object) -> "NewOutputKafkaRequiredAcks":
        # What from_dict calls: a dictionary lookup, falling back to the enum call (and so to
        # _missing_) only for values the enum does not list (fleet-facade template).
        try:
            member = cls._value2member_map_.get(value)
        except TypeError:  # unhashable: let the enum call raise its ValueError
            member = None
        return member if member is not None else cls(value)  # type: ignore[return-value]

    @classmethod
    def _missing_(cls, value: object) -> "NewOutputKafkaRequiredAcks | None":
        # Unknown values from newer servers are kept (fleet-facade template).
        if not isinstance(value, int):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member
