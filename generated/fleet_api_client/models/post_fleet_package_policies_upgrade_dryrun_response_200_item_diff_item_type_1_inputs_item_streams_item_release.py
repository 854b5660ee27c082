from enum import StrEnum


class PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemRelease(
    StrEnum
):
    BETA = "beta"
    EXPERIMENTAL = "experimental"
    GA = "ga"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _from_value(
        cls, value: object
    ) -> "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemRelease":
        # What from_dict calls: a dictionary lookup, falling back to the enum call (and so to
        # _missing_) only for values the enum does not list (fleet-facade template).
        try:
            member = cls._value2member_map_.get(value)
        except TypeError:  # unhashable: let the enum call raise its ValueError
            member = None
        return member if member is not None else cls(value)  # type: ignore[return-value]

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemRelease | None":
        # A server newer than the pinned spec may send a value this enum does not list yet:
        # keep it as a pseudo-member instead of failing the whole response (fleet-facade template).
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
