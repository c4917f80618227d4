"""Evidence on complaint cases: attached, refused (too big, unreadable, empty), seen, kept by the backups, printed."""

from __future__ import annotations

import hashlib
import io
import json
import os

import pytest
from PIL import Image

from app.complaints import cases, config, queries
from app.complaints import evidence as ev
from app.complaints.models import ComplaintEvidence, ComplaintLog
from app.complaints.options import EVIDENCE_MAX_MB
from app.core import backup
from app.core import db as dbmod
from app.core.errors import NotFound, ValidationError
from app.core.models import AuditLog
from app.staff import service as staff


@pytest.fixture
def boss(ctx):
    return staff.add_staff(ctx, "黄蓉", ["store_supervisor"])


def new_case(ctx, boss, **kw):
    data = dict(complainant="张伟", channel="counter",
                category_id=next(c for c in config.categories() if c.name == "化妆").id,
                description="睫毛胶过敏，眼睛红", reported_to_id=boss.id, reported_at=ctx.now())
    data.update(kw)
    return cases.create_complaint(ctx, **data)


def png(color=(200, 30, 30), size=(400, 300)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "PNG")
    return out.getvalue()


def test_attach_a_photo_keeps_bytes_thumbnail_log_and_audit(ctx, boss):
    c = new_case(ctx, boss)
    data = png()
    item = ev.attach(ctx, c.id, "C:\\photos\\眼睛.png", data)
    assert item.name == "眼睛.png" and item.mime_type == "image/png" and item.size == len(data)
    assert item.sha256 == hashlib.sha256(data).hexdigest() and item.is_image and not item.unseen
    thumb = Image.open(io.BytesIO(item.thumbnail))
    assert max(thumb.size) == ev.THUMBNAIL_PX
    assert ev.evidence_bytes(item.id).data == data
    assert [i.id for i in ev.list_evidence(c.id)] == [item.id]
    assert not hasattr(item, "data")  # lists carry no bytes
    last = queries.case_log(c.id)[-1]
    assert last.action == "evidence_added" and "眼睛.png" in last.text and last.staff == "王丽"
    entry = AuditLog.get(AuditLog.action == "complaint.evidence_add")
    assert json.loads(entry.after)["sha256"] == item.sha256 and entry.operator_id == ctx.operator_id


def test_a_file_that_is_not_a_picture_has_no_thumbnail(ctx, boss, tmp_path):
    c = new_case(ctx, boss)
    f = tmp_path / "聊天记录.pdf"
    f.write_bytes(b"%PDF-1.4 a chat export")
    item = ev.attach_file(ctx, c.id, f)
    assert item.mime_type == "application/pdf" and not item.is_image
    # a damaged picture is kept as a plain file
    broken = ev.attach(ctx, c.id, "broken.jpg", b"\xff\xd8\xff not really a jpeg")
    assert broken.mime_type == "image/jpeg" and not broken.is_image


def test_attach_to_a_log_entry_of_the_case_only(ctx, boss):
    c = new_case(ctx, boss)
    other = new_case(ctx, boss)
    cases.add_follow_up(ctx, c.id, "客人发来照片")
    entry = ComplaintLog.select().where(ComplaintLog.complaint == c.id).order_by(ComplaintLog.id.desc()).get()
    item = ev.attach(ctx, c.id, "a.png", png(), log_entry_id=entry.id)
    assert item.log_entry_id == entry.id
    with pytest.raises(ValidationError) as err:
        ev.attach(ctx, other.id, "b.png", png(), log_entry_id=entry.id)
    assert "log_entry" in err.value.errors
    assert ComplaintEvidence.select().count() == 1


def count_everything() -> tuple[int, int, int]:
    return (ComplaintEvidence.select().count(), ComplaintLog.select().count(),
            AuditLog.select().where(AuditLog.action == "complaint.evidence_add").count())


def test_refused_too_big_empty_unreadable_nothing_saved(ctx, boss, tmp_path):
    c = new_case(ctx, boss)
    before = count_everything()
    big = tmp_path / "huge.jpg"
    with big.open("wb") as f:
        f.truncate(20 * 1024 * 1024 + 1)
    with pytest.raises(ValidationError) as err:
        ev.attach_file(ctx, c.id, big)
    assert "20 MB" in err.value.errors["file"] and "huge.jpg" in err.value.errors["file"]
    with pytest.raises(ValidationError):
        ev.attach(ctx, c.id, "huge.jpg", b"x" * (20 * 1024 * 1024 + 1))
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError) as err:
        ev.attach_file(ctx, c.id, empty)
    assert "empty.png" in err.value.errors["file"]
    with pytest.raises(ValidationError) as err:
        ev.attach_file(ctx, c.id, tmp_path / "missing.png")
    assert "missing.png" in err.value.errors["file"]
    with pytest.raises(ValidationError):
        ev.attach_file(ctx, c.id, tmp_path)  # a folder
    if os.name == "posix" and os.geteuid() != 0:
        locked = tmp_path / "locked.png"
        locked.write_bytes(png())
        locked.chmod(0)
        with pytest.raises(ValidationError) as err:
            ev.attach_file(ctx, c.id, locked)
        assert "locked.png" in err.value.errors["file"]
    with pytest.raises(NotFound):
        ev.attach(ctx, 99999, "a.png", png())
    assert count_everything() == before


def test_the_limit_is_an_option(ctx, boss):
    c = new_case(ctx, boss)
    EVIDENCE_MAX_MB.set(ctx, 1, by_supervisor=True)
    with pytest.raises(ValidationError) as err:
        ev.attach(ctx, c.id, "a.bin", b"x" * (1024 * 1024 + 1))
    assert "1 MB" in err.value.errors["file"]
    assert ev.attach(ctx, c.id, "a.bin", b"x" * (1024 * 1024)).size == 1024 * 1024


def test_evidence_arriving_while_waiting_for_the_customer_shows_until_seen(ctx, boss, clock):
    c = new_case(ctx, boss)
    ev.attach(ctx, c.id, "before.png", png())
    cases.wait_for_customer(ctx, c.id, "等客人发礼服污渍照片")
    assert queries.get_case(ctx, c.id).new_evidence == 0
    clock.advance(hours=2)
    item = ev.attach(ctx, c.id, "礼服.png", png((240, 240, 230)))
    assert item.unseen
    [row] = [r for r in queries.list_cases(ctx, "open") if r.id == c.id]
    assert row.new_evidence == 1 and row.status == "waiting_customer"  # the clocks stay paused: a person decides
    assert ev.mark_seen(ctx, c.id) == 1
    assert queries.get_case(ctx, c.id).new_evidence == 0
    assert ev.mark_seen(ctx, c.id) == 0
    assert AuditLog.select().where(AuditLog.action == "complaint.evidence_seen").count() == 1


@pytest.mark.sqlite_only
def test_an_attached_photo_survives_backup_and_restore(ctx, boss, db_path, clock):
    c = new_case(ctx, boss)
    data = png((10, 120, 200), (640, 480))
    item = ev.attach(ctx, c.id, "眼睛.png", data)
    taken = backup.backup_sqlite(db_path, "manual", clock=clock)
    ComplaintEvidence.delete().execute()  # lost after the backup
    assert ev.list_evidence(c.id) == []
    clock.advance(minutes=5)
    backup.restore_sqlite(db_path, taken.path, clock=clock)
    dbmod.open_database(str(db_path))
    [back] = ev.list_evidence(c.id)
    assert back.id == item.id and back.sha256 == item.sha256
    assert ev.evidence_bytes(back.id).data == data


def test_the_register_prints_the_photos_with_their_names(ctx, boss):
    from app.printing.complaint_form import complaint_pdf
    from tests.print_util import page_texts, reader, squash

    c = new_case(ctx, boss)
    for i, color in enumerate(((200, 30, 30), (30, 200, 30), (30, 30, 200), (200, 200, 30))):
        ev.attach(ctx, c.id, f"照片{i + 1}.png", png(color, (1200, 900)))
    ev.attach(ctx, c.id, "聊天记录.pdf", b"%PDF-1.4 chat")
    pdf = complaint_pdf(ctx, c.id)
    images = [img for page in reader(pdf).pages for img in page.images]
    assert len(images) == 4
    assert all(max(Image.open(io.BytesIO(img.data)).size) <= ev.PRINT_PX for img in images)
    text = squash("".join(page_texts(pdf)))
    assert all(f"照片{i}.png" in text for i in range(1, 5)) and "聊天记录.pdf" in text
    assert len(pdf) < 2_000_000


def test_a_register_without_evidence_has_no_images(ctx, boss):
    from app.printing.complaint_form import complaint_pdf
    from tests.print_util import reader

    c = new_case(ctx, boss)
    pdf = complaint_pdf(ctx, c.id)
    assert sum(len(p.images) for p in reader(pdf).pages) == 0
