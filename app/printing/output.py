"""Writing a PDF to disk: atomically, with a message the user can act on. No reportlab here."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from app.core.errors import DomainError
from app.core.i18n import translate


def write_pdf(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write the PDF atomically: a temporary file in the target directory, then ``os.replace``.

    On any failure the temporary file is removed and an existing file at ``path`` is left untouched;
    the OSError propagates."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return target


def save_pdf(path: str | os.PathLike[str], data: bytes) -> Path:
    """``write_pdf`` for the app: a path that cannot be written raises DomainError with a clear message."""
    try:
        return write_pdf(path, data)
    except OSError as exc:
        raise DomainError(translate("Printing", "Cannot write {path}: {reason}").format(
            path=os.fspath(path), reason=exc.strerror or str(exc))) from exc
