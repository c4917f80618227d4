"""Evidence on a complaint case: photos and files (a stained gown, the bride's eye after lash glue, a chat
screenshot) attached to a case or to one of its log entries.

The bytes are kept in the database (``ComplaintEvidence``), so every backup of the database carries them.
A file larger than the limit (``options.EVIDENCE_MAX_MB``, 20 MB by default), empty, or unreadable is refused
with the field ``file`` named and nothing saved. Attaching is one transaction: the evidence row, a line in the
case's log (who, when, which file) and the audit entry (the metadata: name, type, size, sha256 — not the bytes).

Evidence that arrives while the case waits for the customer ("send us a photo of the gown") is marked
``unseen`` until someone opens the case (``mark_seen``): the case list shows "● new evidence" meanwhile.

Lists return metadata and the small thumbnail (``EvidenceItem``); the file's bytes come on demand
(``evidence_bytes``). Evidence of a case merged into another shows on the surviving case too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import mimetypes
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.audit import record
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import NotFound, ValidationError
from app.core.i18n import translate
from app.core.validation import clean_text

from . import models
from .options import EVIDENCE_MAX_MB

# peewee's ids, foreign-key ``*_id`` attributes and backrefs are made at run time, out of mypy's sight: the
# models are used through Any here so this module checks clean.
Complaint: Any = models.Complaint
ComplaintEvidence: Any = models.ComplaintEvidence
ComplaintLog: Any = models.ComplaintLog

THUMBNAIL_PX = 160
PRINT_PX = 900  # the longest side of a photo on the printed register
NAME_MAX = 255
IMAGE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp"}
_MAGIC = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"GIF87a", "image/gif"),
          (b"GIF89a", "image/gif"), (b"BM", "image/bmp"), (b"%PDF-", "application/pdf"))


@dataclass(frozen=True)
class EvidenceItem:
    """One piece of evidence, without its bytes (``evidence_bytes`` reads them)."""

    id: int
    complaint_id: int
    case_no: str  # the case it was attached to (another one when that case was merged into this)
    log_entry_id: int | None
    name: str
    mime_type: str
    size: int
    sha256: str
    thumbnail: bytes | None  # a small PNG for images
    added_at: dt.datetime
    added_by: str
    unseen: bool

    @property
    def is_image(self) -> bool:
        return self.thumbnail is not None


@dataclass(frozen=True)
class EvidenceFile:
    """A piece of evidence with its bytes (to open, save, or print)."""

    item: EvidenceItem
    data: bytes


def max_bytes() -> int:
    return EVIDENCE_MAX_MB.get() * 1024 * 1024


def size_text(size: int) -> str:
    """1.4 MB / 380 KB / 12 B."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size // 1024} KB"
    return f"{size} B"


def sniff_mime(name: str, data: bytes) -> str:
    """The type by the file's first bytes when known, else by its name, else application/octet-stream."""
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def _open_image(data: bytes):  # type: ignore[no-untyped-def]
    from PIL import Image  # reportlab's own image library; imported only when an image is handled

    img: Any = Image.open(io.BytesIO(data))
    img.load()
    if img.mode not in ("RGB", "L"):
        background = Image.new("RGB", img.size, "white")
        rgba = img.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        img = background
    return img


def make_thumbnail(data: bytes, mime: str, px: int = THUMBNAIL_PX) -> bytes | None:
    """A small PNG of an image (None for other files, or an image that cannot be decoded)."""
    if mime not in IMAGE_TYPES:
        return None
    try:
        img = _open_image(data)
        img.thumbnail((px, px))
        out = io.BytesIO()
        img.save(out, "PNG", optimize=True)
        return out.getvalue()
    except Exception:  # a damaged or unsupported picture is still kept, as a file
        return None


def print_image(data: bytes, px: int = PRINT_PX) -> bytes | None:
    """A JPEG of at most ``px`` on its longest side, for the printed register (None when not decodable)."""
    try:
        img = _open_image(data)
        img.thumbnail((px, px))
        out = io.BytesIO()
        img.save(out, "JPEG", quality=80)
        return out.getvalue()
    except Exception:
        return None


def _file_error(message: str) -> ValidationError:
    return ValidationError({"file": message})


def _too_big(name: str, size: int) -> ValidationError:
    return _file_error(translate("Complaints", "“{name}” is {size}: larger than the {limit} MB allowed. Send a "
                                               "smaller photo or a screenshot.").format(
        name=name, size=size_text(size), limit=EVIDENCE_MAX_MB.get()))


def read_file(path: str | Path) -> tuple[str, bytes]:
    """The name and bytes of a file to attach; ValidationError ``file`` when it is missing, unreadable,
    empty or over the limit (the size is checked before reading)."""
    p = Path(path)
    name = p.name
    try:
        size = p.stat().st_size
        if not p.is_file():
            raise OSError
        if size > max_bytes():
            raise _too_big(name, size)
        with p.open("rb") as f:
            data = f.read(max_bytes() + 1)
    except OSError:
        raise _file_error(translate("Complaints", "“{name}” cannot be read: check that the file exists and is not "
                                                  "open in another program.").format(name=name)) from None
    return name, data


def attach_file(ctx: AppContext, complaint_id: int, path: str | Path,
                log_entry_id: int | None = None) -> EvidenceItem:
    """Attach the file at ``path`` (see ``read_file`` and ``attach``)."""
    name, data = read_file(path)
    return attach(ctx, complaint_id, name, data, log_entry_id=log_entry_id)


def attach(ctx: AppContext, complaint_id: int, name: str, data: bytes, mime_type: str = "",
           log_entry_id: int | None = None) -> EvidenceItem:
    """Keep ``data`` as evidence on a case (or on its log entry ``log_entry_id``).

    Raises ValidationError keyed by field, nothing saved: ``file`` (empty, over the limit, no name),
    ``log_entry`` (not a line of this case's log), ``status`` (the case was merged: attach to the case it was
    merged into), ``operator`` (no shift started). NotFound when there is no such case."""
    clean_name = clean_text(str(name).replace("\\", "/").rsplit("/", 1)[-1])[:NAME_MAX]  # no folder
    if not clean_name:
        raise _file_error(translate("Complaints", "The file has no name."))
    if not data:
        raise _file_error(translate("Complaints", "“{name}” is empty: nothing to keep.").format(name=clean_name))
    if len(data) > max_bytes():
        raise _too_big(clean_name, len(data))
    if ctx.operator_id is None:
        raise ValidationError({"operator": translate("Complaints", "Start a shift first: evidence records who "
                                                                   "attached it.")})
    mime = clean_text(mime_type) or sniff_mime(clean_name, data)
    thumbnail = make_thumbnail(data, mime)
    digest = hashlib.sha256(data).hexdigest()
    with db.atomic():
        c = Complaint.get_or_none(Complaint.id == complaint_id)
        if c is None:
            raise NotFound(translate("Complaints", "No complaint #{id}.").format(id=complaint_id))
        if c.status == "merged":
            into = Complaint.get_or_none(Complaint.id == c.merged_into_id)
            raise ValidationError({"status": translate(
                "Complaints", "This case was merged into {no}: attach the evidence there.").format(
                no=into.case_no if into else "?")})
        if log_entry_id is not None and not ComplaintLog.select().where(
                (ComplaintLog.id == log_entry_id) & (ComplaintLog.complaint == c.id)).exists():
            raise ValidationError({"log_entry": translate("Complaints", "That log entry is not on this case.")})
        now = ctx.now()
        waiting = c.status == "waiting_customer"
        log = ComplaintLog.create(complaint=c.id, at=now, staff=ctx.operator_id, action="evidence_added",
                                  text=translate("Complaints", "{name} ({size})").format(
                                      name=clean_name, size=size_text(len(data))))
        ev = ComplaintEvidence.create(complaint=c.id, log_entry=log_entry_id, name=clean_name, mime_type=mime,
                                      size=len(data), sha256=digest, data=data, thumbnail=thumbnail, added_at=now,
                                      added_by=ctx.operator_id, unseen=waiting)
        record(ctx, "complaint.evidence_add", table="complaint_evidence", record_id=ev.id, after={
            "complaint": c.id, "case_no": c.case_no, "log_entry": log_entry_id, "name": clean_name,
            "mime_type": mime, "size": len(data), "sha256": digest, "log": log.id, "unseen": waiting})
    return _items(ComplaintEvidence.id == ev.id)[0]


def _items(where: Any) -> list[EvidenceItem]:
    from app.staff import models as staff_models

    Staff: Any = staff_models.Staff
    staff = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    E = ComplaintEvidence
    q = (E.select(E.id, E.complaint, E.log_entry, E.name, E.mime_type, E.size, E.sha256, E.thumbnail, E.added_at,
                  E.added_by, E.unseen, Complaint.case_no)
         .join(Complaint, on=(E.complaint == Complaint.id)).where(where).order_by(E.added_at, E.id))
    return [EvidenceItem(id=e.id, complaint_id=e.complaint_id, case_no=e.complaint.case_no,
                         log_entry_id=e.log_entry_id, name=e.name, mime_type=e.mime_type, size=e.size,
                         sha256=e.sha256, thumbnail=bytes(e.thumbnail) if e.thumbnail is not None else None,
                         added_at=e.added_at, added_by=staff.get(e.added_by_id, ""), unseen=e.unseen)
            for e in q]


def case_ids_shown_on(complaint_id: int) -> list[int]:
    """The case itself and every case merged into it (directly or through another merged case)."""
    ids = [complaint_id]
    frontier = [complaint_id]
    while frontier:
        frontier = [c.id for c in Complaint.select(Complaint.id).where(Complaint.merged_into.in_(frontier))
                    if c.id not in ids]
        ids += frontier
    return ids


def list_evidence(complaint_id: int) -> list[EvidenceItem]:
    """The evidence of a case and of the cases merged into it, oldest first (no bytes)."""
    return _items(ComplaintEvidence.complaint.in_(case_ids_shown_on(complaint_id)))


def evidence_bytes(evidence_id: int) -> EvidenceFile:
    """One piece of evidence with its bytes."""
    items = _items(ComplaintEvidence.id == evidence_id)
    if not items:
        raise NotFound(translate("Complaints", "No such evidence #{id}.").format(id=evidence_id))
    row = ComplaintEvidence.select(ComplaintEvidence.data).where(ComplaintEvidence.id == evidence_id).get()
    return EvidenceFile(item=items[0], data=bytes(row.data))


def images_for_print(complaint_id: int) -> list[tuple[EvidenceItem, bytes]]:
    """The case's pictures (and those of cases merged into it) as JPEGs sized for paper, oldest first."""
    out = []
    for item in list_evidence(complaint_id):
        if item.is_image:
            jpeg = print_image(evidence_bytes(item.id).data)
            if jpeg is not None:
                out.append((item, jpeg))
    return out


def unseen_counts(complaint_ids: list[int] | None = None) -> dict[int, int]:
    """Per case: how many pieces of evidence arrived while it waited for the customer and are not seen yet
    (counted on the case they are shown on: a merged case's count goes to the case it was merged into)."""
    merged = {c.id: c.merged_into_id for c in Complaint.select(Complaint.id, Complaint.merged_into)
              .where(Complaint.merged_into.is_null(False))}
    out: dict[int, int] = {}
    for e in ComplaintEvidence.select(ComplaintEvidence.complaint).where(ComplaintEvidence.unseen):
        cid, hops = e.complaint_id, 0
        while cid in merged and hops < 50:  # follow a chain of merges to the case it shows on
            cid, hops = merged[cid], hops + 1
        out[cid] = out.get(cid, 0) + 1
    if complaint_ids is not None:
        wanted = set(complaint_ids)
        out = {k: v for k, v in out.items() if k in wanted}
    return out


def mark_seen(ctx: AppContext, complaint_id: int) -> int:
    """The case was opened: its new evidence (and that of cases merged into it) is no longer new. Returns how
    many were marked; audited when any."""
    ids = case_ids_shown_on(complaint_id)
    with db.atomic():
        seen = [e.id for e in ComplaintEvidence.select(ComplaintEvidence.id)
                .where(ComplaintEvidence.complaint.in_(ids) & ComplaintEvidence.unseen)]
        if not seen:
            return 0
        ComplaintEvidence.update(unseen=False).where(ComplaintEvidence.id.in_(seen)).execute()
        record(ctx, "complaint.evidence_seen", table="complaint", record_id=complaint_id,
               before={"unseen": seen}, after={"unseen": []})
    return len(seen)


def save_copy(evidence_id: int, path: str | Path) -> Path:
    """Write a piece of evidence to ``path`` (save as…, or a temporary copy to open it). ValidationError
    ``file`` when the file cannot be written."""
    f = evidence_bytes(evidence_id)
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(f.data)
    except OSError as exc:
        raise _file_error(translate("Complaints", "Cannot write “{path}”: {reason}").format(
            path=str(target), reason=exc.strerror or str(exc))) from None
    return target
