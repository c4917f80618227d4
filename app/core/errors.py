"""Errors services raise. UI shows them; nothing is half-saved when they are raised."""

from __future__ import annotations


class DomainError(Exception):
    """A rule of the studio refused the action; the message is for the user (already translated)."""


class ValidationError(DomainError):
    """Bad input. ``errors`` maps a field name to the message shown next to that field."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(self.errors.values()))


class NotFound(DomainError):
    pass


class PermissionDenied(DomainError):
    pass


class Conflict(DomainError):
    """Someone else changed the record first, or the state does not allow the action."""


class DatabaseUnavailable(Exception):
    """The database cannot be opened or written (locked, read-only, corrupt)."""
