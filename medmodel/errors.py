"""Every error MedSeq raises for the user to read: one base class, one line of message each.

They are ValueErrors (bad input, a bad file, an unusable configuration), kept here free of heavy imports so the
CLI can catch ``MedSeqError`` before it knows which command runs. ``KnowledgeError`` still lives in
``medmodel.knowledge`` (to move here with the knowledge-base work).
"""
from __future__ import annotations


class MedSeqError(ValueError):
    """Base class: the message is for the user, in one line."""


class InputError(MedSeqError):
    """The note cannot be assessed (empty, or no words at all)."""


class RecordsError(MedSeqError):
    """The file or its columns cannot be used."""


class BundleError(MedSeqError):
    """The model bundle cannot be used (missing, modified, incompatible)."""


class AuditError(MedSeqError):
    """The audit log or its key cannot be used."""


class UsersError(MedSeqError):
    """Bad user management input, or an unreadable users file."""


class KnowledgeError(MedSeqError):
    """A knowledge-base file is malformed; the message names file, entry and field."""
