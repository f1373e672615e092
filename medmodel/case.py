"""A patient case as the clinician enters it: note, age, sex and context flags."""
from __future__ import annotations

from dataclasses import dataclass, field

from .knowledge import AGE_FLAGS, CONTEXT_FLAGS, context_flags_for

# Flags a user can set directly (age flags are derived from the age).
USER_FLAGS = tuple(f for f in CONTEXT_FLAGS if f not in AGE_FLAGS)
SEXES = ("F", "M")
MAX_AGE = 120


@dataclass(frozen=True)
class Case:
    """One patient: free-text note (English or Chinese), age in years, sex "F"/"M" or None, flags."""
    text: str
    age: int | None = None
    sex: str | None = None
    flags: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise ValueError("the note must be text")
        if self.age is not None and not (isinstance(self.age, int) and 0 <= self.age <= MAX_AGE):
            raise ValueError(f"age must be a whole number of years from 0 to {MAX_AGE}, got {self.age!r}")
        if self.sex is not None and self.sex not in SEXES:
            raise ValueError(f"sex must be F or M, got {self.sex!r}")
        object.__setattr__(self, "flags", frozenset(self.flags))
        unknown = sorted(self.flags - set(USER_FLAGS))
        if unknown:
            raise ValueError(f"unknown context flag(s): {', '.join(unknown)}; known: {', '.join(USER_FLAGS)}")
        if "pregnant" in self.flags and self.sex == "M":
            raise ValueError("a male patient cannot be flagged as pregnant")

    @property
    def context_flags(self) -> frozenset[str]:
        """User flags plus the age-derived ones (age_under_12, age_over_65, ...)."""
        return context_flags_for(self.age, self.flags)
