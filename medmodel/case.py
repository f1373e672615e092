"""A patient case as the clinician enters it: note, age, sex and context flags."""
from __future__ import annotations

from dataclasses import dataclass, field

from .knowledge import CONTEXT_FLAGS, DERIVED_FLAGS, context_flags_for

# Flags a user can set directly (age, gestation and eGFR flags are derived from those numbers).
USER_FLAGS = tuple(f for f in CONTEXT_FLAGS if f not in DERIVED_FLAGS)
SEXES = ("F", "M")
MAX_AGE = 120
MAX_GESTATION_WEEKS = 44
MAX_EGFR = 200


@dataclass(frozen=True)
class Case:
    """One patient: free-text note (English or Chinese), age in years, sex "F"/"M" or None, flags, and where known
    the gestational age in completed weeks and the eGFR (mL/min/1.73 m2)."""
    text: str
    age: int | None = None
    sex: str | None = None
    flags: frozenset[str] = field(default_factory=frozenset)
    gestation_weeks: int | None = None
    egfr: int | None = None
    ignored_context: frozenset[str] = field(default_factory=frozenset)  # note-context keys the clinician removed

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise ValueError("the note must be text")
        if self.age is not None and not (isinstance(self.age, int) and 0 <= self.age <= MAX_AGE):
            raise ValueError(f"age must be a whole number of years from 0 to {MAX_AGE}, got {self.age!r}")
        if self.sex is not None and self.sex not in SEXES:
            raise ValueError(f"sex must be F or M, got {self.sex!r}")
        object.__setattr__(self, "flags", frozenset(self.flags))
        object.__setattr__(self, "ignored_context", frozenset(self.ignored_context))
        unknown = sorted(self.flags - set(USER_FLAGS))
        if unknown:
            raise ValueError(f"unknown context flag(s): {', '.join(unknown)}; known: {', '.join(USER_FLAGS)}")
        if "pregnant" in self.flags and self.sex == "M":
            raise ValueError("a male patient cannot be flagged as pregnant")
        if self.gestation_weeks is not None:
            if not (isinstance(self.gestation_weeks, int) and 0 <= self.gestation_weeks <= MAX_GESTATION_WEEKS):
                raise ValueError(f"gestational age must be whole weeks from 0 to {MAX_GESTATION_WEEKS}, "
                                 f"got {self.gestation_weeks!r}")
            if self.sex == "M":
                raise ValueError("a male patient cannot have a gestational age")
            object.__setattr__(self, "flags", self.flags | {"pregnant"})
        if self.egfr is not None and not (isinstance(self.egfr, int) and 0 <= self.egfr <= MAX_EGFR):
            raise ValueError(f"eGFR must be a whole number from 0 to {MAX_EGFR}, got {self.egfr!r}")

    @property
    def context_flags(self) -> frozenset[str]:
        """User flags plus those derived from age, gestation, eGFR and allergy severity."""
        return context_flags_for(self.age, self.flags, self.gestation_weeks, self.egfr)
